using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Shared;

namespace Minzheng.Monitoring.Features.Alerts;

internal sealed record AlertRow(Guid Id, string Period, string Rule, string RuleName, string Kind, string KindName, string HouseholdNumber, string PersonLabel,
    string RegionCode, string Programme, string Value, DateOnly RaisedOn, DateOnly DueOn, string Status, string StatusName, bool Overdue);

internal sealed record AlertDetail(AlertRow Row, Guid HouseholdId, string Evidence, string? AcknowledgedBy, DateTime? AcknowledgedAtUtc, DateOnly? VisitedOn,
    string? VisitMode, string? VisitNote, string? Outcome, string? ClosedBy, DateTime? ClosedAtUtc, int Version);

internal sealed record AlertFilter(string? Status, string? Town, bool? Overdue, string? Rule, int Page = 1, int Size = 20);

internal static class AlertViews
{
    public static AlertRow Row(Alert a, DateOnly today) => new(a.Id, a.Period, a.Rule, Labels.Rule(a.Rule), a.Kind.ToString(), Labels.Of(a.Kind), a.HouseholdNumber,
        a.PersonLabel, a.RegionCode, Labels.Programme(a.Programme), a.Value, a.RaisedOn, a.DueOn, a.Status.ToString(), Labels.Of(a.Status), a.IsOverdue(today));

    public static AlertDetail Detail(Alert a, DateOnly today) => new(Row(a, today), a.HouseholdId, a.Evidence, a.AcknowledgedBy, a.AcknowledgedAtUtc, a.VisitedOn,
        a.VisitMode is { } m ? Labels.Of(m) : null, a.VisitNote, a.Outcome is { } o ? Labels.Of(o) : null, a.ClosedBy, a.ClosedAtUtc, a.Version);
}
