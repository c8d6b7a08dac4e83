using Minzheng.Platform.Access;
namespace Minzheng.Monitoring.Domain;

/// <summary>A 家庭经济状况核对 report for one application, stored as made (the feeds change, the report does not).</summary>
internal sealed class Verification : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public string CaseNumber { get; set; } = string.Empty;

    public Guid HouseholdId { get; set; }

    public string HouseholdNumber { get; set; } = string.Empty;

    public string RegionCode { get; set; } = string.Empty;

    public bool Passed { get; set; }

    /// <summary>The report (JSON of <see cref="Features.Verify.VerificationReport"/>).</summary>
    public string ReportJson { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }
}
