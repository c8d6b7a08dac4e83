using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.CoverageGaps;

internal sealed record GapRow(Guid HouseholdId, string Number, string RegionCode, string Address, int LivingMembers, int Youngest, int Oldest);

internal sealed record GapList(IReadOnlyList<GapRow> Rows, bool Truncated);

internal sealed record DismissGapRequest(string? Reason);

/// <summary>
/// 疑似漏保 (DOMAIN-RULES §1, work point 8): registered households with no member of working age (only elders and
/// children) that no application or benefit covers, for the town to check. A household the town has checked and found
/// not in need stays off the list for a year.
/// </summary>
internal sealed class CoverageGapsHandler(AssistanceDbContext db, IHouseholdProfiles profiles, IHouseholdSnapshots households, TimeProvider clock)
{
    /// <summary>How many households one screening lists at most; the page says when there were more.</summary>
    public const int Max = 500;

    public async Task<GapList> ListAsync(string? regionPrefix, CancellationToken ct = default)
    {
        var today = clock.Today();
        var candidates = await profiles.WithoutMembersAgedAsync(ReviewSchedule.WorkingAgeFrom, ReviewSchedule.WorkingAgeTo, regionPrefix, Max * 4, ct);
        var ids = candidates.Select(c => c.Id).ToList();
        var covered = new HashSet<Guid>();
        foreach (var chunk in ids.Chunk(500))
        {
            // A 刚性支出困难 recognition past its last day no longer covers the household.
            covered.UnionWith(await db.Cases.AsNoTracking().Where(c => chunk.Contains(c.HouseholdId) && c.Status != CaseStatus.Refused && c.Status != CaseStatus.Stopped)
                .Where(CaseQueries.ValidOn(today))
                .Select(c => c.HouseholdId).ToListAsync(ct));
            var since = today.AddDays(-GapReview.Validity.Days);
            covered.UnionWith(await db.GapReviews.AsNoTracking().Where(r => chunk.Contains(r.HouseholdId) && r.ReviewedOn > since).Select(r => r.HouseholdId).ToListAsync(ct));
        }

        var rows = candidates.Where(c => !covered.Contains(c.Id)).Select(c => new GapRow(c.Id, c.Number, c.RegionCode, c.Address, c.LivingMembers, c.Youngest, c.Oldest)).ToList();
        return new GapList(rows.Take(Max).ToList(), rows.Count > Max || candidates.Count == Max * 4);
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
