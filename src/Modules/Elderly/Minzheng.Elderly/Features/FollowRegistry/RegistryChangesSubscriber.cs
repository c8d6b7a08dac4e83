using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Retrofits;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Platform.Outbox;
using Minzheng.Platform.Outbox.Subscribers;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.FollowRegistry;

/// <summary>
/// Keeps elderly care's copies of a person's region and status in step with the registry. An elder who moves takes the
/// open part of their file to the new town: profile (assessments, categories), visit plan, open home care bed, meal
/// registration and service orders, a retrofit not yet accepted. What already happened (visits made, services delivered,
/// meals, centenarian care) stays with the town where it happened, so each town's figures stay true. A death or a move
/// away ends the open bed and meal registration on that day and cancels open service orders.
/// </summary>
internal sealed class RegistryChangesSubscriber : OutboxSubscriber<ElderlyDbContext>
{
    private const string CancelNote = "户籍登记：服务对象死亡或迁出，工单取消";

    public override string Name => "elderly.registry";

    public override IReadOnlyList<string> EventTypes { get; } = [RegistryEvents.Moved, RegistryEvents.Died, RegistryEvents.MovedAway];

    protected override async Task HandleAsync(ElderlyDbContext db, IServiceProvider services, OutboxEnvelope message, CancellationToken ct)
    {
        var change = OutboxJson.Read<PersonChanged>(message.Payload);
        var person = change.PersonId;
        if (message.EventType == RegistryEvents.Moved)
        {
            var region = change.RegionCode;
            foreach (var x in await db.Assessments.Where(x => x.PersonId == person).ToListAsync(ct))
            {
                x.RegionCode = region;
            }
            foreach (var x in await db.Flags.Where(x => x.PersonId == person).ToListAsync(ct))
            {
                x.RegionCode = region;
            }
            foreach (var x in await db.VisitPlans.Where(x => x.PersonId == person).ToListAsync(ct))
            {
                x.RegionCode = region;
            }
            foreach (var x in await db.Beds.Where(x => x.PersonId == person && x.EndedOn == null).ToListAsync(ct))
            {
                x.RegionCode = region;
            }
            foreach (var x in await db.MealEnrolments.Where(x => x.PersonId == person && x.EndedOn == null).ToListAsync(ct))
            {
                x.RegionCode = region;
            }
            foreach (var x in await db.Orders.Where(x => x.PersonId == person && x.Status == OrderStatus.Open).ToListAsync(ct))
            {
                x.RegionCode = region;
            }
            foreach (var x in await db.Retrofits.Where(x => x.PersonId == person && x.Stage != RetrofitStage.Accepted).ToListAsync(ct))
            {
                x.RegionCode = region;
            }
            return;
        }

        foreach (var bed in await db.Beds.Where(x => x.PersonId == person && x.EndedOn == null).ToListAsync(ct))
        {
            bed.EndedOn = change.Date < bed.StartsOn ? bed.StartsOn : change.Date;
        }

        foreach (var meal in await db.MealEnrolments.Where(x => x.PersonId == person && x.EndedOn == null).ToListAsync(ct))
        {
            meal.EndedOn = change.Date < meal.Since ? meal.Since : change.Date;
        }

        foreach (var order in await db.Orders.Where(x => x.PersonId == person && x.Status == OrderStatus.Open).ToListAsync(ct))
        {
            order.Status = OrderStatus.Cancelled;
            var note = string.IsNullOrEmpty(order.Note) ? CancelNote : order.Note + "；" + CancelNote;
            order.Note = note.Length <= 200 ? note : note[..200];
        }
    }
}
