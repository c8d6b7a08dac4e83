namespace Minzheng.Elderly.Features.HomeCare;

internal sealed record BedRow(Guid Id, string Provider, string AgreementNo, DateOnly StartsOn, DateOnly? EndedOn, IReadOnlyList<string> FitOut);

internal sealed record HomeCareView(BedRow? OpenBed, IReadOnlyList<BedRow> Beds, IReadOnlyList<DeliveryRow> Deliveries, IReadOnlyList<ServiceOrders.OrderRow> Orders);
