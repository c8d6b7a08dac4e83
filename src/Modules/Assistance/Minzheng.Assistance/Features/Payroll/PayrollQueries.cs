using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Payroll;

namespace Minzheng.Assistance.Features.Payroll;

internal sealed record RunRow(Guid Id, string Programme, string TownCode, string Month, string Status, int Payments, long TotalFen, string PreparedBy, DateTime PreparedAtUtc,
    string? ApprovedBy, DateTime? ApprovedAtUtc, int Version, int Progress, string? PrepareError);

internal sealed record PaymentRow(Guid Id, string CaseNumber, string HouseholdNumber, string RegionCode, string Month, long AmountFen, string? BankName, string Status,
    string StatusName, int Attempt, string? FailureReason, string? Commitment, string EventKey, string Programme = "", string PaidTo = "");

internal sealed record RunDetail(RunRow Run, IReadOnlyList<PaymentRow> Payments);

internal sealed record FundTotal(string Programme, string Month, int Payments, long ApprovedFen, long PaidFen, long FailedFen, long PendingFen);

/// <summary>Payroll runs, their payments and the fund totals per programme and month, within the user's regions.</summary>
internal sealed class PayrollQueries(AssistanceDbContext db)
{
    public async Task<IReadOnlyList<RunRow>> RunsAsync(CancellationToken ct = default) =>
        (await db.PayrollRuns.AsNoTracking().OrderByDescending(r => r.Month).ThenBy(r => r.TownCode).Take(200).ToListAsync(ct)).Select(Row).ToList();

    public async Task<RunDetail> RunAsync(Guid id, CancellationToken ct = default)
    {
        var run = await db.RunAsync(id, ct, tracked: false);
        var payments = await db.Payments.AsNoTracking().Where(p => p.RunId == id).OrderBy(p => p.HouseholdNumber).ToListAsync(ct);
        return new RunDetail(Row(run), payments.Select(PaymentView).ToList());
    }

    public async Task<Payment> PaymentAsync(Guid id, CancellationToken ct = default) =>
        await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new Minzheng.Platform.Errors.NotFoundException();

    public async Task<IReadOnlyList<FundTotal>> TotalsAsync(int year, CancellationToken ct = default)
    {
        var prefix = $"{year:D4}-";
        var rows = await db.Payments.AsNoTracking().Where(p => p.Month.StartsWith(prefix))
            .Select(p => new { p.Programme, p.Month, p.Status, p.AmountFen }).ToListAsync(ct);
        return rows.GroupBy(p => (p.Programme, p.Month)).OrderBy(g => g.Key.Month).Select(g => new FundTotal(g.Key.Programme, g.Key.Month, g.Count(),
            g.Where(p => p.Status is PaymentStatus.Approved or PaymentStatus.Paid).Sum(p => p.AmountFen),
            g.Where(p => p.Status == PaymentStatus.Paid).Sum(p => p.AmountFen),
            g.Where(p => p.Status == PaymentStatus.Failed).Sum(p => p.AmountFen),
            g.Where(p => p.Status == PaymentStatus.Pending).Sum(p => p.AmountFen))).ToList();
    }

    public static RunRow Row(PayrollRun r) => new(r.Id, r.Programme, r.TownCode, r.Month, r.Status.ToString(), r.Payments, r.TotalFen, r.PreparedBy, r.PreparedAtUtc,
        r.ApprovedBy, r.ApprovedAtUtc, r.Version, r.Progress, r.PrepareError);

    public static PaymentRow PaymentView(Payment p) => new(p.Id, p.CaseNumber, p.HouseholdNumber, p.RegionCode, p.Month, p.AmountFen, p.BankName, p.Status.ToString(),
        PayrollAccess.Label(p.Status), p.Attempt, p.FailureReason, p.Commitment, PaymentEvent.Key(p), p.Programme, p.Programme == PaymentInsert.CareCode ? "委托照料人" : "本户");
}
