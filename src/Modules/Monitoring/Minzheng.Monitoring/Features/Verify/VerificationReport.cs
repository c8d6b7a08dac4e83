namespace Minzheng.Monitoring.Features.Verify;

/// <summary>One row a department's data holds about a member (the member masked).</summary>
internal sealed record DepartmentRow(string Person, IReadOnlyDictionary<string, string> Values);

/// <summary>What one department's feed shows about the household, from which version.</summary>
internal sealed record DepartmentFinding(string Feed, string Name, string Department, string Version, IReadOnlyList<DepartmentRow> Rows);

/// <summary>One test against the settings: what was found, the limit, and whether the household passes it.</summary>
internal sealed record VerificationCheck(string Name, string Found, string Limit, bool Passed);

/// <summary>The assets the report found, as the case's asset facts count them (null in reports made before they were kept).</summary>
internal sealed record ReportAssets(int Vehicles, int Homes, bool Business);

/// <summary>The 家庭经济状况核对报告 (DOMAIN-RULES §5) as stored with the application.</summary>
internal sealed record VerificationReport(
    string CaseNumber, string HouseholdNumber, DateOnly AsOf, int Members, IReadOnlyList<DepartmentFinding> Departments,
    IReadOnlyList<VerificationCheck> Checks, bool Passed, IReadOnlyList<string> MissingFeeds, string Note, ReportAssets? Assets = null);

internal sealed record VerificationView(Guid Id, Guid CaseId, string CaseNumber, string HouseholdNumber, bool Passed, string CreatedBy, DateTime CreatedAtUtc, VerificationReport Report);
