namespace Minzheng.Registry.Features.EditPerson;

/// <summary>A correction of a person's name or phone. The ID number never changes: a wrong one means a new registration.</summary>
internal sealed class EditPersonRequest
{
    public string Name { get; set; } = string.Empty;

    /// <summary>A new phone number; empty leaves the stored one unchanged.</summary>
    public string? Phone { get; set; }

    public int Version { get; set; }
}
