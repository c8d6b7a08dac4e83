namespace Minzheng.Assistance.Contracts;

/// <summary>A household whose assistance is in force, with its programme as MATCHING.md names it (dibao, tekun, …).</summary>
public sealed record CoveredHousehold(Guid HouseholdId, string HouseholdNumber, string RegionCode, string Programme);

/// <summary>An application as the 家庭经济状况核对 needs it: whose household, where, and whether the consent was signed.</summary>
public sealed record CaseForVerification(Guid CaseId, string Number, Guid HouseholdId, string HouseholdNumber, string RegionCode, bool HasConsent, string ConsentSm3);

/// <summary>
/// A finding about a household (the monthly match, a registry event), handed to social assistance as the internal outbox
/// event <see cref="EventType"/> in the same transaction as its source: <see cref="Suspend"/> for a death, with the
/// <see cref="PersonId"/> who died when known (the household's 低保 is then recomputed without them and only their own
/// benefits held; unknown, every benefit of the household is held).
/// </summary>
public sealed record FindingForReview(Guid HouseholdId, string Finding, bool Suspend, Guid? PersonId = null)
{
    public const string EventType = "monitoring.finding";
}

/// <summary>
/// One benefit of a household in force today, by its MATCHING.md code (tekun, dibao, edge, rigid_expense,
/// disability_living, disability_care), with the person it is for when it is one person's (a subsidy, a 单人保, a 特困).
/// </summary>
public sealed record BenefitInForce(string Programme, Guid? PersonId);

/// <summary>Social assistance as other modules (monitoring) see it, through its region filter.</summary>
public interface IAssistanceCases
{
    /// <summary>Households with an approved, running benefit: part of the monitored population.</summary>
    Task<IReadOnlyList<CoveredHousehold>> CoveredAsync(CancellationToken ct = default);

    Task<CaseForVerification?> FindForVerificationAsync(Guid caseId, CancellationToken ct = default);

    /// <summary>
    /// The household's benefits in force today (approved or held, a recognition not past its last day); a 单人保 in a
    /// 低保边缘家庭 also gives "edge" for the household. 临时救助 is a one-off grant, never in force.
    /// </summary>
    Task<IReadOnlyList<BenefitInForce>> InForceAsync(Guid householdId, CancellationToken ct = default);
}
