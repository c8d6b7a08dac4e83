using Minzheng.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;
using Minzheng.WorkPlan.Data;
using Minzheng.WorkPlan.Domain;
using Minzheng.WorkPlan.Features.Shared;

namespace Minzheng.WorkPlan.Features.ReportProgress;

/// <summary>Records a pending progress report with its evidence; it counts once a district officer approves it.</summary>
internal sealed class ReportProgressHandler(WorkPlanDbContext db, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Guid targetId, ReportProgressRequest request, EvidenceFile? evidence, CancellationToken ct = default)
    {
        var (plan, target) = await db.TargetAsync(targetId, ct);
        WorkPlanRoles.Ensure(WorkPlanRoles.MayReport(db.User, plan.RegionCode), "只有区业务股室可以填报工作要点进度");
        if (!target.IsManual)
        {
            throw new BusinessRuleException("该指标由业务模块实时计算，无需填报");
        }

        var today = clock.Today();
        var lastDay = plan.EndsOn < today ? plan.EndsOn : today;
        var errors = new FieldErrors();
        if (request.Value is null)
        {
            errors.Add("value", "请填写完成值");
        }
        else if (request.Value < 0)
        {
            errors.Add("value", "完成值不能为负数");
        }

        if (request.AsOf is null || request.AsOf < plan.StartsOn || request.AsOf > lastDay)
        {
            errors.Add("asOf", $"截至日期须在 {plan.StartsOn:yyyy-MM-dd} 至 {lastDay:yyyy-MM-dd} 之间");
        }

        if ((request.Note?.Length ?? 0) > 1000)
        {
            errors.Add("note", "情况说明不能超过 1000 字");
        }

        var problem = evidence is null ? "请上传佐证材料" : evidence.Problem();
        if (problem is not null)
        {
            errors.Add("evidence", problem);
        }

        errors.ThrowIfAny();

        var sm3 = Sm3Checksum.Hex(evidence!.Bytes);
        var user = db.User.UserName;
        if (await db.Reports.AnyAsync(r => r.TargetId == target.Id && r.Status == ReportStatus.Pending && r.ReportedBy == user
                && r.Value == request.Value && r.AsOf == request.AsOf && r.EvidenceSm3 == sm3, ct))
        {
            throw new BusinessRuleException("相同的填报已经提交，正在等待审核，请勿重复提交");
        }

        var report = new ProgressReport
        {
            TargetId = target.Id,
            RegionCode = plan.RegionCode,
            Value = request.Value!.Value,
            AsOf = request.AsOf!.Value,
            Note = request.Note?.Trim() ?? string.Empty,
            EvidenceName = UploadedFile.SafeName(evidence.Name),
            EvidenceType = evidence.ContentType,
            Evidence = evidence.Bytes,
            EvidenceSm3 = sm3,
            ReportedBy = user,
            ReportedAt = clock.GetUtcNow().UtcDateTime,
            Status = ReportStatus.Pending,
        };
        db.Reports.Add(report);
        await db.SaveChangesAsync(ct);
        return report.Id;
    }
}
