using Minzheng.Platform.Access;
namespace Minzheng.Assistance.Domain.Online;

/// <summary>
/// A one-time code sent to the phone a citizen registered, proving who applies online. Only its SM3 (with the request
/// id) is kept; a few wrong tries or the end of its validity and it is spent.
/// </summary>
internal sealed class OnlineCode : IRegionOwned
{
    public const int MaxAttempts = 5;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PersonId { get; set; }

    public Guid HouseholdId { get; set; }

    /// <summary>The person's region (for the region filter of staff reading it).</summary>
    public string RegionCode { get; set; } = string.Empty;

    public string CodeHash { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime? UsedAtUtc { get; set; }
}
