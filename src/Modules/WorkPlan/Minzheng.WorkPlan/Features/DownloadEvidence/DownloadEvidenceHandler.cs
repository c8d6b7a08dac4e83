using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Errors;
using Minzheng.WorkPlan.Data;

namespace Minzheng.WorkPlan.Features.DownloadEvidence;

internal sealed record EvidenceDownload(string Name, string ContentType, byte[] Bytes);

/// <summary>A report's evidence file, for whoever may read the plan it belongs to.</summary>
internal sealed class DownloadEvidenceHandler(WorkPlanDbContext db)
{
    public async Task<EvidenceDownload> HandleAsync(Guid reportId, CancellationToken ct = default)
    {
        var found = await db.Reports.AsNoTracking().Where(r => r.Id == reportId)
            .Select(r => new EvidenceDownload(r.EvidenceName, r.EvidenceType, r.Evidence)).FirstOrDefaultAsync(ct);
        return found ?? throw new NotFoundException("填报不存在或无权查看");
    }
}
