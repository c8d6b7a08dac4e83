using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Contracts;
using Minzheng.Monitoring.Data;

namespace Minzheng.Monitoring.Features.Verify;

/// <summary>The latest 核对 report's assets for an application, so the investigation starts from them instead of typing them again.</summary>
internal sealed class VerifiedAssetsReader(MonitoringDbContext db) : IVerifiedAssets
{
    public async Task<VerifiedAssets?> LatestForCaseAsync(Guid caseId, CancellationToken ct = default)
    {
        var latest = await db.Verifications.AsNoTracking().Where(v => v.CaseId == caseId).OrderByDescending(v => v.CreatedAtUtc)
            .Select(v => new { v.Id, v.CreatedAtUtc, v.ReportJson }).FirstOrDefaultAsync(ct);
        return latest is not null && JsonSerializer.Deserialize<VerificationReport>(latest.ReportJson)?.Assets is { } found
            ? new VerifiedAssets(latest.Id, latest.CreatedAtUtc, found.Vehicles, found.Homes, found.Business)
            : null;
    }
}
