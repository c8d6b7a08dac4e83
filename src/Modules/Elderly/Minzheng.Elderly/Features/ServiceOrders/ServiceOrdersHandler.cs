using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.ServiceOrders;

internal sealed record OrderRequest(Guid? ProviderId, IReadOnlyList<string>? Items, DateOnly? DueOn, string? Note);

public sealed record OrderRow(Guid Id, Guid PersonId, string Client, string Provider, string Items, DateOnly DueOn, string Note, string Status, bool Open, bool Overdue)
{
    public static OrderRow Of(ServiceOrder o, string provider, string client, DateOnly today) =>
        new(o.Id, o.PersonId, client, provider, o.Items, o.DueOn, o.Note, OrderLabels.Of(o.Status), o.Status == OrderStatus.Open, o.Status == OrderStatus.Open && o.DueOn < today);
}

internal static class OrderLabels
{
    public static string Of(OrderStatus status) => status switch { OrderStatus.Open => "待服务", OrderStatus.Done => "已完成", _ => "已取消" };
}

/// <summary>
/// 上门服务工单: a town (or the district, or the village assistant) orders a visit from a home-service provider or an
/// institution for an elder in its regions; the provider closes it by recording the visit; staff may cancel it while open.
/// </summary>
internal sealed class ServiceOrdersHandler(ElderlyDbContext db, IPersonDirectory persons, TimeProvider clock)
{
    public async Task<OrderRow> CreateAsync(Guid personId, OrderRequest request, CancellationToken ct = default)
    {
        var person = await persons.PersonToRecordAsync(db.User, personId, "派发上门服务工单", ct);
        var provider = request.ProviderId is { } pid ? await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        var items = (request.Items ?? []).Select(i => i.Trim()).Distinct().ToList();
        var note = request.Note?.Trim() ?? string.Empty;
        var today = clock.Today();
        var errors = new FieldErrors();
        if (provider is null || provider.Kind == ProviderKind.MealPoint)
        {
            errors.Add("providerId", "请选择居家养老服务商或养老机构");
        }

        if (items.Count == 0 || items.Any(i => !ServiceDelivery.ServiceItems.Contains(i)))
        {
            errors.Add("items", $"请选择服务项目：{string.Join("、", ServiceDelivery.ServiceItems)}");
        }

        if (request.DueOn is not { } due || due < today || due > today.AddDays(90))
        {
            errors.Add("dueOn", "请填写服务期限（今天起 90 天内）");
        }

        if (note.Length > 200)
        {
            errors.Add("note", "备注不超过 200 字");
        }

        errors.ThrowIfAny();

        var order = new ServiceOrder
        {
            PersonId = personId, RegionCode = person.RegionCode, ProviderId = provider!.Id, Items = string.Join(",", items), DueOn = request.DueOn!.Value, Note = note,
            Status = OrderStatus.Open, CreatedBy = db.User.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        return OrderRow.Of(order, provider.Name, person.Name, today);
    }

    public async Task CancelAsync(Guid orderId, CancellationToken ct = default)
    {
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId, ct) ?? throw new NotFoundException("工单不存在或不在您的管辖范围内");
        _ = await persons.PersonToRecordAsync(db.User, order.PersonId, "取消上门服务工单", ct);
        if (order.Status != OrderStatus.Open)
        {
            throw new BusinessRuleException("该工单已完成或已取消");
        }

        order.Status = OrderStatus.Cancelled;
        await db.SaveChangesAsync(ct);
    }
}
