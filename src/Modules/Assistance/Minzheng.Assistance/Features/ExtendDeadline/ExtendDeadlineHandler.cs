using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Platform.Data;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;

namespace Minzheng.Assistance.Features.ExtendDeadline;

/// <summary>The request: why the limit is extended, and the version of the case the user saw.</summary>
internal sealed record ExtendDeadlineRequest(string? Reason, int? Version);

/// <summary>
/// 特殊情况延长办理时限 (DOMAIN-RULES §1.6, §16.1: 30 working days, 45 with a justified extension): whoever decides the
/// case (the district, or the town where 审核确认 is delegated) extends the whole case's limit once, with its reason,
/// recorded in the case's history. The step deadline in force is moved with it when it was held to the old limit.
/// </summary>
internal sealed class ExtendDeadlineHandler(AssistanceDbContext db, CaseDeadlines deadlines, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, ExtendDeadlineRequest request, CancellationToken ct = default)
    {
        var c = await db.CaseAsync(caseId, ct);
        var today = clock.Today();
        var role = RoleFor(await deadlines.TownApprovesAsync(c, today, ct));
        if (!db.User.IsInRole(role) || !db.User.Allows(c.RegionCode))
        {
            throw new ForbiddenException($"延长办理时限须由{Roles.DisplayName(role)}决定");
        }

        var reason = request.Reason?.Trim() ?? string.Empty;
        if (reason.Length is < 4 or > 500)
        {
            throw new InputValidationException("reason", "请写明延长的特殊情况（4–500 字）");
        }

        var before = c.TotalDueOn;
        var days = await deadlines.IntAsync("assist.deadline.extension_days", c.RegionCode, today, ct);
        c.Extend(reason, days, request.Version);
        if (c.DueOn == before)
        {
            // The step was held to the old limit: it gets its own length again, within the new one.
            c.DueOn = await deadlines.StepDueAsync(c, today, ct);
        }

        db.AddEvent(c, clock.GetUtcNow().UtcDateTime, "延长办理时限", $"办结时限由 {before:yyyy-MM-dd} 延长 {days} 个工作日至 {c.TotalDueOn:yyyy-MM-dd}；{reason}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("案件刚刚已被他人办理，请刷新后查看");
        }
    }

    /// <summary>The authority that decides the case decides its extension.</summary>
    public static string RoleFor(bool approvalDelegated) => approvalDelegated ? Roles.TownCaseWorker : Roles.DistrictOfficer;
}
