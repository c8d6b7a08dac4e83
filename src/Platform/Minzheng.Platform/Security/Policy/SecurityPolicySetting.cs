using Minzheng.Platform.Audit;

namespace Minzheng.Platform.Security.Policy;

/// <summary>One saved rule of the <see cref="SecurityPolicy"/>; a change is audited field by field like any record.</summary>
public sealed class SecurityPolicySetting : IAudited
{
    public string Key { get; set; } = string.Empty;

    public int Value { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    public DateTime ChangedAtUtc { get; set; }

    public string AuditId => Key;

    public string? AuditRegion => null;
}
