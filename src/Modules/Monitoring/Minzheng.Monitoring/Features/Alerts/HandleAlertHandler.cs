using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;

namespace Minzheng.Monitoring.Features.Alerts;

internal sealed record CloseAlertRequest(DateOnly? VisitedOn, VisitMode? VisitMode, string? VisitNote, AlertOutcome? Outcome, int? Version);

/// <summary>
/// The town's response to an alert: acknowledge it, then close it with the visit that checked the household and the
/// outcome (已救助 / 无需救助 / 已转介). A closed alert stays closed; two people closing at once: one wins.
/// </summary>
internal sealed class HandleAlertHandler(MonitoringDbContext db, TimeProvider clock)
{
    public async Task<AlertDetail> GetAsync(Guid id, CancellationToken ct = default) =>
        AlertViews.Detail(await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException(), clock.Today());

    public async Task<AlertDetail> AcknowledgeAsync(Guid id, CancellationToken ct = default)
    {
        var alert = await LoadAsync(id, ct);
        if (alert.Status != AlertStatus.Open)
        {
            throw new BusinessRuleException(alert.Status == AlertStatus.Closed ? "预警已办结" : "预警已签收");
        }

        alert.Status = AlertStatus.Acknowledged;
        alert.AcknowledgedBy = db.User.UserName;
        alert.AcknowledgedAtUtc = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(alert, ct);
    }

    public async Task<AlertDetail> CloseAsync(Guid id, CloseAlertRequest request, CancellationToken ct = default)
    {
        var alert = await LoadAsync(id, ct);
        if (alert.Status == AlertStatus.Closed)
        {
            throw new BusinessRuleException("预警已办结，不能重复办结");
        }

        if (request.Version is { } version && version != alert.Version)
        {
            throw new BusinessRuleException("预警已被他人处理，请刷新后重试");
        }

        var today = clock.Today();
        var note = request.VisitNote?.Trim() ?? string.Empty;
        var errors = new FieldErrors();
        if (request.VisitedOn is not { } visited)
        {
            errors.Add("visitedOn", "请填写走访日期");
        }
        else if (visited > today)
        {
            errors.Add("visitedOn", "走访日期不能晚于今天");
        }
        else if (visited < alert.RaisedOn)
        {
            errors.Add("visitedOn", "走访日期不能早于预警日期");
        }

        if (request.VisitMode is null)
        {
            errors.Add("visitMode", "请选择走访方式（入户、电话、视频）");
        }

        if (note.Length is < 4 or > 1000)
        {
            errors.Add("visitNote", "请填写走访核实情况（4–1000 字）");
        }

        if (request.Outcome is null)
        {
            errors.Add("outcome", "请选择处置结果（已救助、无需救助、已转介）");
        }

        errors.ThrowIfAny();

        alert.Status = AlertStatus.Closed;
        alert.VisitedOn = request.VisitedOn;
        alert.VisitMode = request.VisitMode;
        alert.VisitNote = note;
        alert.Outcome = request.Outcome;
        alert.ClosedBy = db.User.UserName;
        alert.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(alert, ct);
    }

    // Existence and region first (404 for another town), then the role (403), then the input (400).
    private async Task<Alert> LoadAsync(Guid id, CancellationToken ct)
    {
        var alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException();
        MonitoringAccess.EnsureHandler(db.User);
        return alert;
    }

    private async Task<AlertDetail> SaveAsync(Alert alert, CancellationToken ct)
    {
        alert.Version++;
        await db.SaveChangesAsync(ct);
        return AlertViews.Detail(alert, clock.Today());
    }
}
