using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Contracts;
using Minzheng.Matching.Engine;
using Minzheng.Matching.Keys;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Population;
using Minzheng.Platform.Data;
using Minzheng.Platform.Outbox;

namespace Minzheng.Monitoring.Features.Runs;

/// <summary>
/// What a run's findings become: alerts for the towns (never twice in a period) and, in the same transaction as each
/// alert, the review it asks of social assistance (an internal outbox event its subscriber handles exactly once).
/// </summary>
internal sealed class FindingsToAlerts(MonitoringDbContext db, MatchSettings settings, TimeProvider clock)
{
    /// <summary>Every finding as an alert for its household's town, unless the period already has it; saved in batches.</summary>
    public async Task<List<Alert>> RaiseAsync(MatchRun run, IReadOnlyList<Finding> findings, Dictionary<Guid, MonitoredHousehold> households,
        Dictionary<long, MonitoredMember> byKey, CancellationToken ct)
    {
        var existing = (await db.Alerts.AsNoTracking().Where(a => a.Period == run.Period).Select(a => new { a.Rule, a.HouseholdId, a.PersonId }).ToListAsync(ct))
            .Select(a => (a.Rule, a.HouseholdId, a.PersonId)).ToHashSet();
        var days = await settings.ResponseDaysAsync(run.AsOf, ct);
        var today = clock.Today();
        var evidence = JsonSerializer.Deserialize<List<FeedRef>>(run.FeedsJson)!.ToDictionary(f => f.kind);
        var created = new List<Alert>();
        foreach (var f in findings)
        {
            var household = households[Guid.ParseExact(f.HouseholdId, "N")];
            MonitoredMember? person = null;
            if (f.IdNumber.Length > 0 && IdKey.TryPack(Encoding.ASCII.GetBytes(f.IdNumber), out var key, out _))
            {
                person = byKey[key];
            }

            if (!existing.Add((f.Rule, household.HouseholdId, person?.PersonId)))
            {
                continue;
            }

            var kind = MatchSettings.KindOf(f.Rule);
            var feed = evidence[FeedOf(f.Rule)];
            var alert = new Alert
            {
                RunId = run.Id,
                Period = run.Period,
                Rule = f.Rule,
                Kind = kind,
                HouseholdId = household.HouseholdId,
                HouseholdNumber = household.HouseholdNumber,
                PersonId = person?.PersonId,
                PersonLabel = person?.Label ?? string.Empty,
                RegionCode = household.RegionCode,
                Programme = household.Programme,
                Value = f.Value,
                Evidence = $"{feed.kind} 第 {feed.version} 版（{feed.file}，SM3 {feed.sm3[..12]}…）",
                RaisedOn = today,
                DueOn = AlertDeadlines.Due(today, days[kind]),
                Status = AlertStatus.Open,
            };
            db.Alerts.Add(alert);
            created.Add(alert);
            HandOver(run, alert);
            if (created.Count % 500 == 0)
            {
                await db.SaveChangesAsync(ct);
            }
        }

        await db.SaveChangesAsync(ct);
        return created;
    }

    /// <summary>
    /// A new finding about a household under social assistance becomes its review (MATCHING.md): a death recomputes the
    /// household's 低保 without the person and holds their own benefits until the town has reviewed them; an asset finding brings the review forward. Medical costs only warn. Only
    /// what this attempt raised: a re-run does not suspend again a benefit the town has since reviewed.
    /// </summary>
    private void HandOver(MatchRun run, Alert alert)
    {
        if (alert.Kind == AlertKind.EarlyWarning || alert.Programme is "anti_poverty" or "other")
        {
            return;
        }

        var finding = new FindingForReview(alert.HouseholdId, $"{run.Period} 比对：{Shared.Labels.Rule(alert.Rule)} {alert.Value}（{alert.Evidence}）", Suspend: alert.Kind == AlertKind.Death, alert.PersonId);
        db.Outbox.Add(OutboxMessage.InternalEvent(FindingForReview.EventType, $"monitoring.finding:{alert.Id:N}", finding, clock.GetUtcNow().UtcDateTime));
    }

    private static string FeedOf(string rule) => rule switch
    {
        "deceased" => "deaths",
        "vehicle_over_limit" => "vehicles",
        "business_owner" => "business",
        "property_over_limit" => "property",
        _ => "medical",
    };

    private sealed record FeedRef(string kind, int version, string file, string sm3, long rows);
}
