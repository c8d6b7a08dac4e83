namespace Minzheng.Monitoring.Contracts;

/// <summary>
/// What the latest 家庭经济状况核对 of an application found, as the case's asset facts: counted vehicles (by the one vehicle
/// rule), homes (distinct certificates), a registered business still in existence.
/// </summary>
public sealed record VerifiedAssets(Guid VerificationId, DateTime MadeAtUtc, int Vehicles, int Homes, bool Business);

/// <summary>The 核对 report's findings for social assistance's investigation form (read through monitoring's region filter).</summary>
public interface IVerifiedAssets
{
    /// <summary>The latest report's assets for the application, or null when none was made (or it predates the figures).</summary>
    Task<VerifiedAssets?> LatestForCaseAsync(Guid caseId, CancellationToken ct = default);
}
