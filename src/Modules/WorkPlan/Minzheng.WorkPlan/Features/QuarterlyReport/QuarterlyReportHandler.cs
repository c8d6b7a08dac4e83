using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.WorkPlan.Data;
using Minzheng.WorkPlan.Domain;
using Minzheng.WorkPlan.Features.ViewProgress;

namespace Minzheng.WorkPlan.Features.QuarterlyReport;

internal sealed class QuarterlyReportHandler(WorkPlanDbContext db, PlanProgressHandler progress, TimeProvider clock)
{
    public async Task<QuarterlyReport> HandleAsync(int year, int quarter, CancellationToken ct = default)
    {
        if (quarter is < 1 or > 4)
        {
            throw new InputValidationException("quarter", "季度只能是 1 至 4");
        }

        var end = new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);
        var today = clock.Today();
        var asOf = end < today ? end : today;
        var plan = await progress.HandleAsync(year, asOf, ct);
        var ids = plan.Targets.Where(t => t.Manual).Select(t => t.Id).ToList();
        var evidence = await db.Reports.AsNoTracking()
            .Where(r => ids.Contains(r.TargetId) && r.Status == ReportStatus.Approved && r.AsOf <= asOf)
            .Select(r => new { r.TargetId, r.EvidenceName, r.AsOf }).ToListAsync(ct);
        var byTarget = evidence.GroupBy(e => e.TargetId).ToDictionary(
            g => g.Key, g => (IReadOnlyList<string>)g.OrderBy(e => e.AsOf).Select(e => $"{e.EvidenceName}（截至 {e.AsOf:yyyy-MM-dd}）").ToList());
        return new QuarterlyReport(year, quarter, asOf, plan, byTarget);
    }
}
