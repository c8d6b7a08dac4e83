using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Indicators;
using Minzheng.Platform.Security;
using Minzheng.WorkPlan.Data;
using Minzheng.WorkPlan.Domain;

namespace Minzheng.WorkPlan.Features.LoadPlan;

internal enum LoadOutcome
{
    Created,
    Updated,
    Unchanged,
}

internal sealed record LoadPlanResult(int Year, string Title, int Parts, int Points, int Targets, LoadOutcome Outcome);

/// <summary>
/// Loads a plan file whole or not at all. Loading the same file again changes nothing; a revised file for the same
/// year replaces the texts and keeps each target (and its progress reports) by key.
/// </summary>
internal sealed class LoadPlanHandler(WorkPlanDbContext db, IndicatorRegistry indicators, TimeProvider clock)
{
    public async Task<LoadPlanResult> HandleAsync(byte[] bytes, CancellationToken ct = default)
    {
        var file = PlanFileReader.Read(bytes);
        PlanFileValidator.Validate(file, indicators).ThrowIfAny();

        WorkPlanRoles.Ensure(WorkPlanRoles.MayManage(db.User, file.Region!), "只有区民政局的业务股室或领导可以导入本区的工作要点");
        var checksum = Sm3Checksum.Hex(bytes);
        var plan = await db.Plans.Include(p => p.Parts).Include(p => p.Points).Include(p => p.Targets).ThenInclude(t => t.Milestones)
            .FirstOrDefaultAsync(p => p.RegionCode == file.Region && p.Year == file.Year, ct);
        var outcome = LoadOutcome.Updated;
        if (plan is null)
        {
            plan = new Plan { RegionCode = file.Region!, Year = file.Year!.Value };
            db.Plans.Add(plan);
            outcome = LoadOutcome.Created;
        }
        else if (plan.Checksum == checksum)
        {
            return Result(plan, LoadOutcome.Unchanged);
        }

        plan.Title = file.Title!.Trim();
        plan.Source = file.Source;
        plan.StartsOn = file.Start ?? new DateOnly(plan.Year, 1, 1);
        plan.EndsOn = file.End ?? new DateOnly(plan.Year, 12, 31);
        plan.Checksum = checksum;
        plan.LoadedAt = clock.GetUtcNow().UtcDateTime;
        plan.LoadedBy = db.User.UserName;
        ReplaceTexts(plan, file);
        await MergeTargetsAsync(plan, file, ct);
        await db.SaveChangesAsync(ct);
        return Result(plan, outcome);
    }

    private void ReplaceTexts(Plan plan, PlanFile file)
    {
        db.Parts.RemoveRange(plan.Parts);
        db.Points.RemoveRange(plan.Points);
        plan.Parts.Clear();
        plan.Points.Clear();
        foreach (var part in file.Parts!)
        {
            // Added through the sets: a new row with a client-made key, met only through a navigation, would be taken for an existing one.
            db.Parts.Add(new PlanPart { PlanId = plan.Id, Number = part.Number!.Value, Title = part.Title!.Trim() });
            foreach (var point in part.Points ?? [])
            {
                db.Points.Add(new PlanPoint
                {
                    PlanId = plan.Id,
                    PartNumber = part.Number.Value,
                    Number = point.Number!.Value,
                    Title = point.Title!.Trim(),
                    Text = point.Text!.Trim(),
                    ResponsibleUnit = point.Unit?.Trim() ?? string.Empty,
                    Leader = point.Leader?.Trim() ?? string.Empty,
                });
            }
        }
    }

    private async Task MergeTargetsAsync(Plan plan, PlanFile file, CancellationToken ct)
    {
        var incoming = file.Parts!.SelectMany(p => p.Points ?? []).SelectMany(p => (p.Targets ?? []).Select(t => (Point: p.Number!.Value, Target: t))).ToList();
        var keys = incoming.Select(i => i.Target.Key!).ToHashSet(StringComparer.Ordinal);
        var dropped = plan.Targets.Where(t => !keys.Contains(t.Key)).ToList();
        if (dropped.Count > 0)
        {
            var droppedIds = dropped.Select(t => t.Id).ToList();
            var reported = await db.Reports.Where(r => droppedIds.Contains(r.TargetId)).Select(r => r.TargetId).Distinct().ToListAsync(ct);
            if (reported.Count > 0)
            {
                var names = dropped.Where(t => reported.Contains(t.Id)).Select(t => t.Key);
                throw new BusinessRuleException($"新文件删除了已有进度填报的指标：{string.Join("、", names)}。请保留这些指标的键，或先处理其填报");
            }

            db.Targets.RemoveRange(dropped);
        }

        foreach (var ((pointNumber, t), position) in incoming.Select((x, i) => (x, i)))
        {
            var target = plan.Targets.FirstOrDefault(x => x.Key == t.Key);
            if (target is null)
            {
                target = new PlanTarget { PlanId = plan.Id, Key = t.Key! };
                db.Targets.Add(target);
            }

            target.RegionCode = plan.RegionCode;
            target.PointNumber = pointNumber;
            target.Position = position;
            target.Name = t.Name!.Trim();
            target.IndicatorKey = string.IsNullOrWhiteSpace(t.Indicator) ? null : t.Indicator;
            target.TargetValue = t.Value!.Value;
            target.Unit = t.Unit!.Trim();
            target.Direction = t.Direction == "atMost" ? TargetDirection.AtMost : TargetDirection.AtLeast;
            target.Pace = t.Pace == "linear" ? TargetPace.Linear : TargetPace.None;
            target.Deadline = t.Deadline!.Value;
            db.Milestones.RemoveRange(target.Milestones);
            target.Milestones.Clear();
            db.Milestones.AddRange((t.Milestones ?? []).Select(m => new Milestone { TargetId = target.Id, Date = m.Date!.Value, Value = m.Value!.Value }));
        }
    }

    private static LoadPlanResult Result(Plan plan, LoadOutcome outcome) =>
        new(plan.Year, plan.Title, plan.Parts.Count, plan.Points.Count, plan.Targets.Count, outcome);
}
