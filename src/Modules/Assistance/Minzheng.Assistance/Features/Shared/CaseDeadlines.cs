using Minzheng.Assistance.Domain.Cases;
using Minzheng.Kernel.Calendar;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Settings;

namespace Minzheng.Assistance.Features.Shared;

/// <summary>A step's deadline: its working days (a setting for the case's region) counted from a day.</summary>
internal sealed class CaseDeadlines(SettingsReader settings)
{
    public async Task<DateOnly?> DueAsync(CaseStatus status, string regionCode, DateOnly from, CancellationToken ct)
    {
        if (CaseWorkflow.DeadlineSetting(status) is not { } key)
        {
            return null;
        }

        var days = await IntAsync(key, regionCode, from, ct);
        return WorkingDayCalendar.Default.AddWorkingDays(from, days);
    }

    /// <summary>The step's deadline for the case's status now, never later than the whole case's limit.</summary>
    public async Task<DateOnly?> StepDueAsync(AssistanceCase c, DateOnly from, CancellationToken ct)
    {
        var due = await DueAsync(c.Status, c.RegionCode, from, ct);
        return due is { } d && c.TotalDueOn is { } total && d > total ? total : due;
    }

    /// <summary>受理 today: the whole case's limit starts (N working days, a setting).</summary>
    public async Task AcceptAsync(AssistanceCase c, DateOnly today, CancellationToken ct) =>
        c.Accept(today, await IntAsync("assist.deadline.total_days", c.RegionCode, today, ct));

    /// <summary>公示 from today to its end: where the setting does not count it inside the limit, the limit moves by its working days.</summary>
    public async Task PublicityAsync(AssistanceCase c, DateOnly today, DateOnly ends, CancellationToken ct)
    {
        if (c.TotalDueOn is not null && await IntAsync("assist.deadline.total_includes_publicity", c.RegionCode, today, ct) == 0)
        {
            c.Lengthen(WorkingDayCalendar.Default.WorkingDaysBetween(today, ends));
        }
    }

    /// <summary>Whether 审核确认 is delegated to the town for the case's region (a setting, 0 or 1).</summary>
    public async Task<bool> ApprovalDelegatedAsync(string regionCode, DateOnly day, CancellationToken ct) =>
        await IntAsync("assist.approval_delegated_to_town", regionCode, day, ct) == 1;

    /// <summary>Whether the town decides the case (审核确认) itself: delegated by setting, or a 临时救助 within the town's limit.</summary>
    public async Task<bool> TownApprovesAsync(AssistanceCase c, DateOnly day, CancellationToken ct) =>
        c.TownMayApprove || await ApprovalDelegatedAsync(c.RegionCode, day, ct);

    public async Task<int> IntAsync(string key, string regionCode, DateOnly day, CancellationToken ct) =>
        (int)await settings.RequireLongAsync(key, RegionCode.Parse(regionCode), day, ct);
}
