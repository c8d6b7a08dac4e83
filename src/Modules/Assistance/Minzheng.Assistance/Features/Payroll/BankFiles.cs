using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Payroll;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Files;
using Minzheng.Kernel.Money;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.Payroll;

internal sealed record BankTotal(string Bank, int Payments, long TotalFen);

/// <summary>
/// The approved payroll as bank files: one XLSX per bank with every payee's full account and a totals row — the account
/// kept with the payment at approval. Full accounts are revealed for this purpose only, and the export is audited.
/// </summary>
internal sealed class BankFiles(AssistanceDbContext db, IPayees payees, AuditLog audit, Minzheng.Platform.Settings.SettingsReader settings,
    Minzheng.Platform.Security.FieldProtector protector)
{
    /// <summary>Whether the bank file carries the payee's full ID number (as the bank's 代发协议 requires) or the masked one.</summary>
    public const string FullIdNumberSetting = "payroll.bank_file_full_id_number";

    private static readonly string[] Columns = ["序号", "户编号", "收款人姓名", "收款人身份证号", "银行账号", "金额（元）", "所属月份", "项目", "付款编号"];

    public async Task<IReadOnlyList<BankTotal>> BanksAsync(Guid runId, CancellationToken ct = default)
    {
        var run = await db.RunAsync(runId, ct, tracked: false);
        return await ToBankAsync(run, ct);
    }

    public async Task<(string FileName, byte[] Bytes)> FileAsync(Guid runId, string? bank, CancellationToken ct = default)
    {
        var run = await db.RunAsync(runId, ct, tracked: false);
        PayrollAccess.EnsurePreparer(db.User);
        EnsureApproved(run);
        var name = bank?.Trim();
        // The bank's payments are its file and its totals: the run's other banks are not summed for it.
        var payments = await db.Payments.AsNoTracking()
            .Where(p => p.RunId == run.Id && p.Status != PaymentStatus.Pending && p.BankName == name && p.FailureReason != "未登记户主或银行账号")
            .OrderBy(p => p.HouseholdNumber)
            .Select(p => new { p.Id, p.CaseId, p.HouseholdId, p.HouseholdNumber, p.AmountFen, p.Month, p.PayeeName, p.SealedBankAccount, p.Programme }).ToListAsync(ct);
        if (payments.Count == 0)
        {
            throw new InputValidationException("bank", "该发放中没有这个开户行");
        }

        var total = new BankTotal(name!, payments.Count, payments.Sum(p => p.AmountFen));
        var accounts = await AccountsAsync(run, total.Bank, [.. payments.Select(p => (p.HouseholdId, p.PayeeName, p.SealedBankAccount))], ct);
        var full = await settings.RequireLongAsync(FullIdNumberSetting, Minzheng.Kernel.Regions.RegionCode.Parse(run.TownCode), MonthStart(run.Month), ct) == 1;
        var idNumbers = await IdNumbersAsync(run, total.Bank, [.. payments.Select(p => (p.Programme == PaymentInsert.CareCode, p.CaseId, p.HouseholdId))], full, ct);
        var programme = PayrollAccess.ProgrammeName(run.Programme);
        using var stream = new MemoryStream();
        using (var sheet = new XlsxTableWriter(stream, "代发明细", Columns))
        {
            for (var i = 0; i < payments.Count; i++)
            {
                var p = payments[i];
                sheet.StartRow();
                sheet.Number(i + 1);
                sheet.Text(p.HouseholdNumber);
                sheet.Text(accounts[i].Name);
                sheet.Text(idNumbers[i]);
                sheet.Text(accounts[i].Account);
                sheet.Number(new Money(p.AmountFen).Yuan);
                sheet.Text(p.Month);
                sheet.Text(programme);
                sheet.Text(p.Id.ToString("N"));
                sheet.EndRow();
            }

            sheet.StartRow();
            sheet.Text("合计");
            sheet.Text($"{total.Payments} 户");
            sheet.Text(null);
            sheet.Text(null);
            sheet.Text(null);
            sheet.Number(new Money(total.TotalFen).Yuan);
            sheet.Text(run.Month);
            sheet.EndRow();
        }

        await audit.WriteAsync("ExportBankFile", "PayrollRun", run.Id.ToString(), run.TownCode, purpose: $"{run.Month} {total.Bank} 代发文件", details: $"{total.Payments} 笔", ct: ct);
        return ($"{programme}代发-{run.TownCode}-{run.Month}-{total.Bank}.xlsx", stream.ToArray());
    }

    /// <summary>
    /// Each payment's payee name and account in clear: the ones kept at approval (one audited opening, no registry read); for
    /// payments approved before they were kept, the household's as registered now.
    /// </summary>
    private async Task<IReadOnlyList<(string Name, string Account)>> AccountsAsync(PayrollRun run, string bank, IReadOnlyList<(Guid HouseholdId, string? Name, string? Sealed)> payments, CancellationToken ct)
    {
        var purpose = $"{run.Month} {PayrollAccess.ProgrammeName(run.Programme)}发放：生成{bank}代发文件";
        if (payments.All(p => p.Sealed is not null && p.Name is not null))
        {
            var opened = await payees.OpenAccountsAsync([.. payments.Select(p => p.Sealed!)], purpose, ct);
            return [.. payments.Select((p, i) => (p.Name!, opened[i]))];
        }

        var people = await payees.ForPaymentAsync([.. payments.Select(p => p.HouseholdId)], PayeeFields.BankAccount, purpose, ct);
        return [.. payments.Select(p => people.TryGetValue(p.HouseholdId, out var payee) ? (payee.HeadName, payee.BankAccount ?? string.Empty) : (string.Empty, string.Empty))];
    }

    /// <summary>
    /// Each payee's ID number as the bank file carries it: the household head's (read from the registry, audited like the
    /// accounts) or the carer's of a care payment (from the agreement) — full where the setting says the bank requires it,
    /// masked otherwise.
    /// </summary>
    private async Task<IReadOnlyList<string>> IdNumbersAsync(PayrollRun run, string bank, IReadOnlyList<(bool Carer, Guid CaseId, Guid HouseholdId)> payments, bool full, CancellationToken ct)
    {
        var purpose = $"{run.Month} {PayrollAccess.ProgrammeName(run.Programme)}发放：{bank}代发文件的收款人身份证号（{(full ? "完整" : "脱敏")}）";
        var heads = await payees.ForPaymentAsync([.. payments.Where(p => !p.Carer).Select(p => p.HouseholdId).Distinct()], PayeeFields.IdNumber, purpose, ct);
        var careCases = payments.Where(p => p.Carer).Select(p => p.CaseId).ToList();
        var carers = careCases.Count == 0 ? [] : await db.SupportArrangements.AsNoTracking().Where(a => careCases.Contains(a.CaseId))
            .ToDictionaryAsync(a => a.CaseId, a => (a.CarerIdCipher, a.CarerIdMasked), ct);
        return [.. payments.Select(p =>
        {
            if (p.Carer)
            {
                var carer = carers.GetValueOrDefault(p.CaseId);
                return full && carer.CarerIdCipher is not null ? protector.Decrypt(carer.CarerIdCipher) : carer.CarerIdMasked ?? string.Empty;
            }

            var id = heads.GetValueOrDefault(p.HouseholdId)?.HeadIdNumber;
            return id is null ? string.Empty : full ? id : Minzheng.Platform.Security.Masking.IdNumber(id);
        })];
    }

    private static DateOnly MonthStart(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void EnsureApproved(PayrollRun run)
    {
        if (run.Status != PayrollStatus.Approved)
        {
            throw new BusinessRuleException("审批后才能生成银行代发文件");
        }
    }

    private async Task<IReadOnlyList<BankTotal>> ToBankAsync(PayrollRun run, CancellationToken ct)
    {
        EnsureApproved(run);

        // Totals summed by the database: a town's thousands of rows are not read to count them.
        return (await db.Payments.AsNoTracking().Where(p => p.RunId == run.Id && p.BankName != null && p.FailureReason != "未登记户主或银行账号")
                .GroupBy(p => p.BankName!).Select(g => new { Bank = g.Key, Count = g.Count(), Fen = g.Sum(p => p.AmountFen) }).ToListAsync(ct))
            .Select(b => new BankTotal(b.Bank, b.Count, b.Fen)).OrderBy(b => b.Bank).ToList();
    }
}
