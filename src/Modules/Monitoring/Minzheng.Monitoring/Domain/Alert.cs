using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Monitoring.Domain;

/// <summary>What a finding means for the town (MATCHING.md: deaths stop benefits after review; assets open a review; medical bills warn).</summary>
internal enum AlertKind
{
    Death,
    EligibilityReview,
    EarlyWarning,
}

internal enum AlertStatus
{
    Open,
    Acknowledged,
    Closed,
}

internal enum AlertOutcome
{
    Assisted,
    NotNeeded,
    Referred,
}

internal enum VisitMode
{
    Home,
    Phone,
    Video,
}

/// <summary>
/// A finding of the monthly job handed to the household's town: responded to by a deadline, closed only with a visit
/// record and an outcome. Overdue alerts are escalated: they show on the district's list and home page.
/// </summary>
internal sealed class Alert : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RunId { get; set; }

    public string Period { get; set; } = string.Empty;

    /// <summary>The MATCHING.md rule: deceased, vehicle_over_limit, business_owner, property_over_limit, medical_burden.</summary>
    public string Rule { get; set; } = string.Empty;

    public AlertKind Kind { get; set; }

    public Guid HouseholdId { get; set; }

    public string HouseholdNumber { get; set; } = string.Empty;

    /// <summary>Empty for household-level rules.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>Masked name and ID number of the person concerned (or the household's head).</summary>
    public string PersonLabel { get; set; } = string.Empty;

    public string RegionCode { get; set; } = string.Empty;

    public string Programme { get; set; } = string.Empty;

    /// <summary>The rule's value (a date, an amount in yuan, a count) as MATCHING.md writes it.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Which feed version said so.</summary>
    public string Evidence { get; set; } = string.Empty;

    public DateOnly RaisedOn { get; set; }

    public DateOnly DueOn { get; set; }

    public AlertStatus Status { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTime? AcknowledgedAtUtc { get; set; }

    public DateOnly? VisitedOn { get; set; }

    public VisitMode? VisitMode { get; set; }

    public string? VisitNote { get; set; }

    public AlertOutcome? Outcome { get; set; }

    public string? ClosedBy { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public int Version { get; set; }

    public bool IsOverdue(DateOnly today) => Status != AlertStatus.Closed && DueOn < today;

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}
