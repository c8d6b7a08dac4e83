using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Shared;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Monitoring.Features.Population;

internal sealed record AddSubjectRequest(string? HouseholdNumber, string? Category, string? Reason);

internal sealed record SubjectView(Guid HouseholdId, string HouseholdNumber, string RegionCode, string Category, string CategoryName, string Reason, string AddedBy, DateTime AddedAtUtc);

internal sealed record ProgrammeCount(string Programme, string Name, int Households);

internal sealed record PopulationView(IReadOnlyList<ProgrammeCount> Counts, IReadOnlyList<SubjectView> Subjects);

/// <summary>防返贫监测对象 and 其他困难人员 recorded by the town, and the monitored population's size by programme.</summary>
internal sealed class SubjectsHandler(MonitoringDbContext db, IHouseholdSnapshots households, PopulationReader population, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Categories = ["anti_poverty", "other"];

    public async Task<PopulationView> ViewAsync(CancellationToken ct = default)
    {
        var all = await population.HouseholdsAsync(ct);
        var counts = all.GroupBy(h => h.Programme).Select(g => new ProgrammeCount(g.Key, Labels.Programme(g.Key), g.Count())).OrderByDescending(c => c.Households).ToList();
        var subjects = await db.Subjects.AsNoTracking().OrderByDescending(s => s.AddedAtUtc).Take(500).ToListAsync(ct);
        return new PopulationView(counts, subjects.Select(s => new SubjectView(s.HouseholdId, s.HouseholdNumber, s.RegionCode, s.Category, Labels.Programme(s.Category), s.Reason, s.AddedBy, s.AddedAtUtc)).ToList());
    }

    public async Task<SubjectView> AddAsync(AddSubjectRequest request, CancellationToken ct = default)
    {
        MonitoringAccess.EnsureHandler(db.User);
        var household = string.IsNullOrWhiteSpace(request.HouseholdNumber) ? null : await households.FindByNumberAsync(request.HouseholdNumber, ct);
        if (household is null)
        {
            throw new InputValidationException("householdNumber", "在您的辖区内没有这个户编号");
        }

        var category = request.Category?.Trim() ?? string.Empty;
        var reason = request.Reason?.Trim() ?? string.Empty;
        var errors = new FieldErrors();
        if (!Categories.Contains(category))
        {
            errors.Add("category", "请选择监测类别：防返贫监测对象（anti_poverty）或其他困难人员（other）");
        }

        if (reason.Length is < 2 or > 500)
        {
            errors.Add("reason", "请填写纳入监测的原因（2–500 字）");
        }

        errors.ThrowIfAny();

        if (await db.Subjects.AnyAsync(s => s.HouseholdId == household.Id, ct))
        {
            throw new BusinessRuleException("该户已在监测名单中");
        }

        var subject = new MonitoredSubject
        {
            HouseholdId = household.Id,
            HouseholdNumber = household.Number,
            RegionCode = household.RegionCode,
            Category = category,
            Reason = reason,
            AddedBy = db.User.UserName,
            AddedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Subjects.Add(subject);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("该户已在监测名单中");
        }

        return new SubjectView(subject.HouseholdId, subject.HouseholdNumber, subject.RegionCode, category, Labels.Programme(category), reason, subject.AddedBy, subject.AddedAtUtc);
    }
}
