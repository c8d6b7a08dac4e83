namespace Minzheng.Assistance.Features.PrintNotices;

/// <summary>
/// The 公示 notice posted in the village: names and ID numbers masked, minors never shown (they are counted only in
/// the number of people covered).
/// </summary>
internal sealed record PublicityNotice(
    string CaseNumber, string RegionName, string HeadName, IReadOnlyList<NoticeMember> Adults, int Covered, long MonthlyAmountFen,
    DateOnly From, DateOnly Until, string Programme, string TownCode);

internal sealed record NoticeMember(string Name, string Relation, string IdNumber);

/// <summary>The written refusal given to the applicant, with the reasons and the ways to contest it.</summary>
internal sealed record RefusalNotice(string CaseNumber, string HeadName, string HouseholdNumber, string Reason, DateOnly Decided, string DecidedBy);
