using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Visits;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.CareVisits;

internal sealed record PlanRequest(VisitRisk? Risk, DateOnly? StartsOn);

internal sealed record VisitRequest(DateOnly? VisitedOn, VisitMethod? Method, string? Visitor, string? Note);

internal sealed record VisitRow(DateOnly VisitedOn, string Method, string Visitor, string Note);

internal sealed record VisitsView(string? Plan, DateOnly? PlanStartsOn, IReadOnlyList<VisitRow> Visits);

/// <summary>探访关爱 for one elder: the plan (risk → frequency) and the visits recorded against it.</summary>
internal sealed class CareVisitsHandler(ElderlyDbContext db, IPersonDirectory persons, TimeProvider clock)
{
    public async Task<VisitsView> ViewAsync(Guid personId, CancellationToken ct = default)
    {
        await ElderAsync(personId, ct);
        var plan = await db.VisitPlans.AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == personId, ct);
        var visits = await db.Visits.AsNoTracking().Where(v => v.PersonId == personId).OrderByDescending(v => v.VisitedOn).ToListAsync(ct);
        return new VisitsView(plan is null ? null : VisitLabels.Of(plan.Risk), plan?.StartsOn,
            visits.Select(v => new VisitRow(v.VisitedOn, VisitLabels.Of(v.Method), v.Visitor, v.Note)).ToList());
    }

    public async Task SetPlanAsync(Guid personId, PlanRequest request, CancellationToken ct = default)
    {
        var person = await ElderAsync(personId, ct);
        if (request.Risk is null || request.StartsOn is null)
        {
            throw new InputValidationException("risk", "请选择风险等级并填写开始日期");
        }

        var plan = await db.VisitPlans.FindAsync([personId], ct);
        if (plan is null)
        {
            plan = new VisitPlan { PersonId = personId, RegionCode = person.RegionCode };
            db.VisitPlans.Add(plan);
        }

        plan.Risk = request.Risk.Value;
        plan.StartsOn = request.StartsOn.Value;
        plan.RecordedBy = db.User.UserName;
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordAsync(Guid personId, VisitRequest request, CancellationToken ct = default)
    {
        var person = await ElderAsync(personId, ct);
        var plan = await db.VisitPlans.AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == personId, ct)
            ?? throw new BusinessRuleException("请先为该老人制定探访计划");
        var errors = new FieldErrors();
        if (request.VisitedOn is not { } day || day > clock.Today())
        {
            errors.Add("visitedOn", "请填写探访日期（不能晚于今天）");
        }
        else if (day < plan.StartsOn)
        {
            errors.Add("visitedOn", $"探访日期早于探访计划开始日期 {plan.StartsOn:yyyy-MM-dd}");
        }

        if (request.Method is null)
        {
            errors.Add("method", "请选择探访方式");
        }

        if (string.IsNullOrWhiteSpace(request.Visitor))
        {
            errors.Add("visitor", "请填写探访人");
        }

        errors.ThrowIfAny();

        db.Visits.Add(new CareVisit
        {
            PersonId = personId,
            RegionCode = person.RegionCode,
            VisitedOn = request.VisitedOn!.Value,
            Method = request.Method!.Value,
            Visitor = request.Visitor!.Trim(),
            Note = request.Note?.Trim() ?? string.Empty,
            RecordedBy = db.User.UserName,
        });
        await db.SaveChangesAsync(ct);
    }

    private Task<PersonSnapshot> ElderAsync(Guid personId, CancellationToken ct) => persons.PersonToRecordAsync(db.User, personId, "办理探访关爱", ct);
}
