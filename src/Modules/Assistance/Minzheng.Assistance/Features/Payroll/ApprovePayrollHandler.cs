using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Payroll;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Outbox;
using Minzheng.Platform.Security;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.Payroll;

/// <summary>
/// Approval of a prepared payroll by a second person: every payment gets its beneficiary commitment (SM3 of a fresh
/// salt and the head's ID number) and goes to the outbox as a ledger event, in the same transaction as the run's approval.
/// The payee's name and account (still encrypted) are kept with the payment: the bank file pays what was approved. A household with
/// no bank account cannot be paid: its payment fails at once, named, and is re-issued once the account is registered.
/// Two approvers at once: one wins.
/// </summary>
internal sealed class ApprovePayrollHandler(AssistanceDbContext db, IPayees payees, FieldProtector protector, Minzheng.Platform.Audit.AuditLog audit, TimeProvider clock)
{
    public async Task<PayrollRun> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var run = await db.RunAsync(id, ct);
        PayrollAccess.EnsureApprover(db.User);
        if (run.Status == PayrollStatus.Approved)
        {
            throw new BusinessRuleException("该发放已审批");
        }

        if (run.Status == PayrollStatus.Preparing)
        {
            throw new BusinessRuleException("造册尚未完成，完成后才能审批");
        }

        if (run.PreparedBy == db.User.UserName)
        {
            throw new BusinessRuleException("造册人不能审批自己的造册，请由另一位工作人员审批");
        }

        // Read untracked and written set-based (ApprovalWriter): thousands of tracked payments per town were the approval's cost.
        var payments = await db.Payments.AsNoTracking().Where(p => p.RunId == run.Id && p.Status == PaymentStatus.Pending)
            .Select(p => new Payment { Id = p.Id, CaseId = p.CaseId, HouseholdId = p.HouseholdId, CaseNumber = p.CaseNumber, Programme = p.Programme, Month = p.Month, AmountFen = p.AmountFen, Attempt = p.Attempt })
            .ToListAsync(ct);
        var purpose = $"{run.Month} {PayrollAccess.ProgrammeName(run.Programme)}发放审批：受益人承诺值";
        var people = await payees.ForPaymentAsync([.. payments.Where(p => p.Programme != PaymentInsert.CareCode).Select(p => p.HouseholdId)], PayeeFields.IdNumber, purpose, ct);
        var carers = await CarersAsync(run, payments, purpose, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var decided = new ApprovedPayment[payments.Count];
        var events = new OutboxMessage?[payments.Count];
        // A fresh salt and an SM3 commitment per payment, on every core; the salts drawn at once.
        var salts = RandomNumberGenerator.GetBytes(payments.Count * BeneficiaryCommitment.SaltSize);
        Parallel.For(0, payments.Count, i =>
        {
            var p = payments[i];
            var payee = p.Programme == PaymentInsert.CareCode ? carers.GetValueOrDefault(p.CaseId) : people.GetValueOrDefault(p.HouseholdId);
            if (payee is null || !payee.HasBankAccount)
            {
                decided[i] = new ApprovedPayment(p.Id, PaymentStatus.Failed, null, null, null, p.Programme == PaymentInsert.CareCode ? "未登记照料人或其银行账号" : "未登记户主或银行账号");
                return;
            }

            (p.Salt, p.Commitment) = BeneficiaryCommitment.Create(payee.HeadIdNumber!, salts.AsSpan(i * BeneficiaryCommitment.SaltSize, BeneficiaryCommitment.SaltSize));
            decided[i] = new ApprovedPayment(p.Id, PaymentStatus.Approved, payee.BankName ?? "未登记开户行", p.Salt, p.Commitment, null, payee.HeadName, payee.SealedBankAccount);
            events[i] = PaymentEvent.Message(p, run.TownCode, now);
        });

        run.Status = PayrollStatus.Approved;
        run.ApprovedBy = db.User.UserName;
        run.ApprovedAtUtc = now;
        run.Version++;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // The run first (its version token): a second approver waits here, then fails, and writes nothing.
            await db.SaveChangesAsync(ct);
            await ApprovalWriter.WriteAsync(db.Database.GetDbConnection(), tx, run.Id, decided, [.. events.OfType<OutboxMessage>()], ct);
            await tx.CommitAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or Npgsql.PostgresException or Microsoft.Data.Sqlite.SqliteException)
        {
            await tx.RollbackAsync(CancellationToken.None);
            throw new BusinessRuleException("该发放已由他人审批");
        }

        return run;
    }

    /// <summary>
    /// The carers of the run's care payments (委托照料护理协议), as payees: name, ID number (for the commitment), bank and
    /// sealed account from the agreement. Opening their ID numbers is audited like the households'.
    /// </summary>
    private async Task<Dictionary<Guid, Payee>> CarersAsync(PayrollRun run, IReadOnlyList<Payment> payments, string purpose, CancellationToken ct)
    {
        var cases = payments.Where(p => p.Programme == PaymentInsert.CareCode).Select(p => p.CaseId).ToList();
        if (cases.Count == 0)
        {
            return [];
        }

        var agreements = await db.SupportArrangements.AsNoTracking().Where(a => cases.Contains(a.CaseId) && a.CarerIdCipher != null).ToListAsync(ct);
        await audit.WriteAsync("RevealCarers", "PayrollRun", run.Id.ToString(), run.TownCode, purpose: purpose, details: $"{agreements.Count} 名照料人", ct: ct);
        return agreements.ToDictionary(a => a.CaseId, a => new Payee(a.CaseId, a.CarerName!, protector.Decrypt(a.CarerIdCipher!), a.CarerBankName, null,
            a.CarerAccountSealed is not null, a.CarerAccountSealed));
    }
}
