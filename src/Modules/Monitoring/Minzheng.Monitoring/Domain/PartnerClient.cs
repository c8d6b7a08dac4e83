namespace Minzheng.Monitoring.Domain;

/// <summary>
/// A partner department's API client (client credentials): it may send the feeds it owns and nothing else. The secret is
/// shown once at creation; only its SM3 digest is kept (a random 32-byte secret needs no slow hash).
/// </summary>
internal sealed class PartnerClient
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string ClientId { get; set; } = string.Empty;

    public string Department { get; set; } = string.Empty;

    /// <summary>Feed kinds it owns, comma-separated (deaths,vehicles).</summary>
    public string Kinds { get; set; } = string.Empty;

    public string SecretSm3 { get; set; } = string.Empty;

    public bool Disabled { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    /// <summary>The district officer who asked for it, and their request (文号 or reason): the system administrator acts on it.</summary>
    public string RequestedBy { get; set; } = string.Empty;

    public string RequestNote { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    public IReadOnlyList<string> KindList => Kinds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
