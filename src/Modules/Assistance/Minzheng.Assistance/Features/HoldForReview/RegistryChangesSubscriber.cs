using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Assistance.Contracts;
using Minzheng.Assistance.Data;
using Minzheng.Platform.Outbox;
using Minzheng.Platform.Outbox.Subscribers;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.HoldForReview;

/// <summary>
/// A change in a covered household's make-up recorded in the registry (动态管理): a member's death recomputes the
/// household's 低保 without them and holds what was theirs, as a death found by the monthly match does; a member who moved
/// away, left or joined brings the review forward. Households without a benefit in force are left alone.
/// </summary>
internal sealed class RegistryChangesSubscriber : OutboxSubscriber<AssistanceDbContext>
{
    public override string Name => "assistance.registry";

    public override IReadOnlyList<string> EventTypes { get; } = [RegistryEvents.Died, RegistryEvents.MovedAway, RegistryEvents.Moved, RegistryEvents.RemovedFromHousehold];

    protected override Task HandleAsync(AssistanceDbContext db, IServiceProvider services, OutboxEnvelope message, CancellationToken ct)
    {
        var change = OutboxJson.Read<PersonChanged>(message.Payload);
        var date = change.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var findings = new List<FindingForReview>();
        if (change.FromHouseholdId is { } from)
        {
            findings.Add(message.EventType switch
            {
                RegistryEvents.Died => new FindingForReview(from, $"户籍登记：家庭成员于{date}死亡", Suspend: true, change.PersonId),
                RegistryEvents.MovedAway => new FindingForReview(from, $"户籍登记：家庭成员于{date}迁出", Suspend: false),
                _ => new FindingForReview(from, $"户籍登记：家庭成员于{date}迁往他户", Suspend: false),
            });
        }

        if (message.EventType == RegistryEvents.Moved && change.ToHouseholdId is { } to)
        {
            findings.Add(new FindingForReview(to, $"户籍登记：{date}有成员迁入本户", Suspend: false));
        }

        return services.GetRequiredService<BenefitHolds>().ApplyAsync(findings, ct);
    }
}
