using Microsoft.Extensions.DependencyInjection;
using Minzheng.Assistance.Contracts;
using Minzheng.Assistance.Data;
using Minzheng.Platform.Outbox;
using Minzheng.Platform.Outbox.Subscribers;

namespace Minzheng.Assistance.Features.HoldForReview;

/// <summary>The monthly match's findings about covered households: a death recomputes or holds (BenefitHolds), an asset finding brings the review forward.</summary>
internal sealed class MonitoringFindingsSubscriber : OutboxSubscriber<AssistanceDbContext>
{
    public override string Name => "assistance.findings";

    public override IReadOnlyList<string> EventTypes { get; } = [FindingForReview.EventType];

    protected override Task HandleAsync(AssistanceDbContext db, IServiceProvider services, OutboxEnvelope message, CancellationToken ct) =>
        services.GetRequiredService<BenefitHolds>().ApplyAsync([OutboxJson.Read<FindingForReview>(message.Payload)], ct);
}
