using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Errors;
using Minzheng.WorkPlan.Data;
using Minzheng.WorkPlan.Domain;

namespace Minzheng.WorkPlan.Features.ReviewProgress;

internal sealed record ReviewRequest(string? Note);

/// <summary>
/// A district officer or leader approves or returns a pending report, never their own. A report is reviewed once:
/// a second click, or a second reviewer at the same moment, gets a 409 and changes nothing.
/// </summary>
internal sealed class ReviewProgressHandler(WorkPlanDbContext db, TimeProvider clock)
{
    public Task ApproveAsync(Guid reportId, ReviewRequest request, CancellationToken ct = default) =>
        ReviewAsync(reportId, ReportStatus.Approved, request.Note, ct);

    public Task RejectAsync(Guid reportId, ReviewRequest request, CancellationToken ct = default) =>
        ReviewAsync(reportId, ReportStatus.Rejected, request.Note, ct);

    private async Task ReviewAsync(Guid reportId, ReportStatus outcome, string? note, CancellationToken ct)
    {
        var report = await db.Reports.FirstOrDefaultAsync(r => r.Id == reportId, ct) ?? throw new NotFoundException("填报不存在或无权查看");
        WorkPlanRoles.Ensure(WorkPlanRoles.MayReview(db.User, report.RegionCode), "只有区业务股室或局领导可以审核进度填报");
        if (report.Status != ReportStatus.Pending)
        {
            throw new BusinessRuleException("该填报已经审核过，不能重复审核");
        }

        if (string.Equals(report.ReportedBy, db.User.UserName, StringComparison.Ordinal))
        {
            throw new BusinessRuleException("不能审核自己提交的填报，请由另一位同事审核");
        }

        if (outcome == ReportStatus.Rejected && string.IsNullOrWhiteSpace(note))
        {
            throw new InputValidationException("note", "退回时请写明理由");
        }

        if ((note?.Length ?? 0) > 500)
        {
            throw new InputValidationException("note", "审核意见不能超过 500 字");
        }

        report.Status = outcome;
        report.ReviewedBy = db.User.UserName;
        report.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        report.ReviewNote = note?.Trim();
        report.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该填报刚刚已被他人审核，请刷新后查看");
        }
    }
}
