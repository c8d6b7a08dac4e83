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

    /// <summary>Whether 审核确认 is delegated to the town for the case's region (a setting, 0 or 1).</summary>
    public async Task<bool> ApprovalDelegatedAsync(string regionCode, DateOnly day, CancellationToken ct) =>
        await IntAsync("assist.approval_delegated_to_town", regionCode, day, ct) == 1;

    /// <summary>Whether the town decides the case (审核确认) itself: delegated by setting, or a 临时救助 within the town's limit.</summary>
    public async Task<bool> TownApprovesAsync(AssistanceCase c, DateOnly day, CancellationToken ct) =>
        c.TownMayApprove || await ApprovalDelegatedAsync(c.RegionCode, day, ct);

    public async Task<int> IntAsync(string key, string regionCode, DateOnly day, CancellationToken ct) =>
        (int)await settings.RequireLongAsync(key, RegionCode.Parse(regionCode), day, ct);
}
