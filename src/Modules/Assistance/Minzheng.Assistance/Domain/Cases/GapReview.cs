using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Assistance.Domain.Cases;

/// <summary>
/// A town's finding on a household the 漏保 screening listed: checked, and not in need (with why). It keeps the household
/// off the list for a year; then it is screened again.
/// </summary>
internal sealed class GapReview : IAudited, IRegionOwned
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(365);

    public Guid HouseholdId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;

    public DateOnly ReviewedOn { get; set; }

    public string ReviewedBy { get; set; } = string.Empty;

    string IAudited.AuditId => HouseholdId.ToString();

    string? IAudited.AuditRegion => RegionCode;
}
