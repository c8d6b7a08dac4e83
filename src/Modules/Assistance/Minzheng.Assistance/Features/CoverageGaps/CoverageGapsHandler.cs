using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Elderly.Contracts;
using Minzheng.Monitoring.Contracts;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.CoverageGaps;

internal sealed record GapRow(Guid HouseholdId, string Number, string RegionCode, string Address, int LivingMembers, int Youngest, int Oldest, IReadOnlyList<string> Reasons);

/// <summary>One page of the screening: its rows, how many households it found in all, and whether it stopped at <see cref="CoverageGapsHandler.Max"/>.</summary>
internal sealed record GapList(IReadOnlyList<GapRow> Rows, bool Truncated, int Total = 0, int Page = 1, int Size = CoverageGapsHandler.PageSize);

internal sealed record DismissGapRequest(string? Reason);

/// <summary>
/// 疑似漏保 (DOMAIN-RULES §1, work point 8): registered households that may need help and that no 特困, 低保, 边缘 or 刚性支出
/// recognition covers nor an application for one (a subsidy or a one-off grant is not cover) — with no member of working
/// age (only elders and children), a member with a grade 1–2 disability (the 重度残疾人护理补贴's recipients), a 失能 or
/// recorded 重残 elder (elderly care), or an open medical early warning (monitoring) — each with why it is listed, for the
/// town to check. A household the town has checked and found not in need stays off the list for a year.
/// </summary>
internal sealed class CoverageGapsHandler(AssistanceDbContext db, IHouseholdProfiles profiles, IHouseholdSnapshots households, IEldersInNeed elders, IEarlyWarnings warnings,
    TimeProvider clock)
{
    /// <summary>How many households one screening lists at most; the page says when there were more.</summary>
    public const int Max = 500;

    public const int PageSize = 20;

    public async Task<GapList> ListAsync(string? regionPrefix, CancellationToken ct = default) => await ListAsync(regionPrefix, 1, Max, ct);

    /// <summary>A page of the screening, in village and household order.</summary>
    public async Task<GapList> ListAsync(string? regionPrefix, int page, int size, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        size = Math.Clamp(size, 1, Max);
        var today = clock.Today();
        var prefix = regionPrefix?.Trim() ?? string.Empty;
        var reasons = new Dictionary<Guid, List<string>>();
        void Add(Guid household, string reason) => (reasons.TryGetValue(household, out var list) ? list : reasons[household] = []).Add(reason);

        var noWorkingAge = await profiles.WithoutMembersAgedAsync(ReviewSchedule.WorkingAgeFrom, ReviewSchedule.WorkingAgeTo, regionPrefix, Max * 4, ct);
        foreach (var h in noWorkingAge)
        {
            Add(h.Id, $"家中无劳动年龄（{ReviewSchedule.WorkingAgeFrom}–{ReviewSchedule.WorkingAgeTo} 岁）成员");
        }

        var severelyDisabled = await db.Cases.AsNoTracking()
            .Where(c => c.Programme == Programme.DisabilityCare && (c.Status == CaseStatus.Approved || c.Status == CaseStatus.Suspended) && EF.Functions.Like(c.RegionCode, prefix + "%"))
            .Select(c => c.HouseholdId).Distinct().ToListAsync(ct);
        foreach (var h in severelyDisabled)
        {
            Add(h, "有重度残疾人（享受重度残疾人护理补贴）");
        }

        var inNeed = await elders.DisabledAsync(regionPrefix, ct);
        var householdOf = await profiles.HouseholdsOfAsync([.. inNeed.Select(e => e.PersonId)], ct);
        foreach (var e in inNeed.Where(e => householdOf.ContainsKey(e.PersonId)))
        {
            Add(householdOf[e.PersonId], e.Reason);
        }

        foreach (var w in await warnings.OpenAsync(regionPrefix, ct))
        {
            Add(w.HouseholdId, w.Finding);
        }

        var covered = await CoveredAsync([.. reasons.Keys], today, ct);
        var open = reasons.Keys.Where(h => !covered.Contains(h)).ToHashSet();
        var known = noWorkingAge.Where(h => open.Contains(h.Id)).ToDictionary(h => h.Id);
        var others = await profiles.ForHouseholdsAsync([.. open.Where(h => !known.ContainsKey(h))], ct);
        var rows = known.Values.Concat(others)
            .OrderBy(h => h.RegionCode, StringComparer.Ordinal).ThenBy(h => h.Number, StringComparer.Ordinal)
            .Select(h => new GapRow(h.Id, h.Number, h.RegionCode, h.Address, h.LivingMembers, h.Youngest, h.Oldest, [.. reasons[h.Id].Distinct()]))
            .ToList();
        var listed = rows.Take(Max).ToList();
        return new GapList(listed.Skip((page - 1) * size).Take(size).ToList(), rows.Count > Max || noWorkingAge.Count == Max * 4, listed.Count, page, size);
    }

    /// <summary>Households covered by a routed level in force (or applied for), or checked by the town within the year.</summary>
    private async Task<HashSet<Guid>> CoveredAsync(IReadOnlyList<Guid> ids, DateOnly today, CancellationToken ct)
    {
        var covered = new HashSet<Guid>();
        var since = today.AddDays(-GapReview.Validity.Days);
        foreach (var chunk in ids.Chunk(500))
        {
            // A 刚性支出困难 recognition past its last day no longer covers the household.
            covered.UnionWith(await db.Cases.AsNoTracking()
                .Where(c => chunk.Contains(c.HouseholdId) && c.Status != CaseStatus.Refused && c.Status != CaseStatus.Stopped && ProgrammeLabels.Routed.Contains(c.Programme))
                .Where(CaseQueries.ValidOn(today))
                .Select(c => c.HouseholdId).ToListAsync(ct));
            covered.UnionWith(await db.GapReviews.AsNoTracking().Where(r => chunk.Contains(r.HouseholdId) && r.ReviewedOn > since).Select(r => r.HouseholdId).ToListAsync(ct));
        }

        return covered;
    }

    public async Task DismissAsync(Guid householdId, DismissGapRequest request, CancellationToken ct = default)
    {
        var household = await households.FindAsync(householdId, ct) ?? throw new NotFoundException("家庭不存在或不在您的管辖范围内");
        if (!db.User.IsInRole(Roles.TownCaseWorker) && !db.User.IsInRole(Roles.VillageAssistant))
        {
            throw new ForbiddenException("疑似漏保由镇街经办或村居协理员核实");
        }

        var reason = request.Reason?.Trim() ?? string.Empty;
        if (reason.Length is < 2 or > 200)
        {
            throw new InputValidationException("reason", "请写明核实情况（2–200 字），如：子女按月赡养、收入高于标准");
        }

        var review = await db.GapReviews.FirstOrDefaultAsync(r => r.HouseholdId == householdId, ct);
        if (review is null)
        {
            review = new GapReview { HouseholdId = householdId, RegionCode = household.RegionCode };
            db.GapReviews.Add(review);
        }

        review.Reason = reason;
        review.ReviewedOn = clock.Today();
        review.ReviewedBy = db.User.UserName;
        await db.SaveChangesAsync(ct);
    }
}
