using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Security;
using Minzheng.Registry.Contracts;
using Minzheng.Registry.Data;

namespace Minzheng.Registry.Features.Snapshots;

/// <summary>Payees through the registry's region filter, decrypted for payroll, with one audit row per call.</summary>
internal sealed class RegistryPayees(RegistryDbContext db, FieldProtector protector, AuditLog audit) : IPayees
{
    private const int Chunk = 2000;

    public async Task<IReadOnlyDictionary<Guid, Payee>> ForPaymentAsync(IReadOnlyCollection<Guid> householdIds, PayeeFields reveal, string purpose, CancellationToken ct = default)
    {
        var found = new Dictionary<Guid, Payee>();
        foreach (var chunk in householdIds.Distinct().Chunk(Chunk))
        {
            // The head by a join (a correlated subquery per household cost more than the decryption).
            var rows = await (from h in db.Households.AsNoTracking()
                              where chunk.Contains(h.Id)
                              join m in db.Persons.AsNoTracking() on h.HeadPersonId equals m.Id
                              select new { h.Id, h.BankName, h.BankAccountCipher, Head = new { m.Name, m.IdNumberCipher } })
                .ToListAsync(ct);
            // Only what the step asked for is decrypted (SM4-GCM), on every core: a town's payroll decrypts thousands.
            var decrypted = new Payee[rows.Count];
            Parallel.For(0, rows.Count, i =>
            {
                var h = rows[i];
                decrypted[i] = new Payee(h.Id, h.Head.Name,
                    reveal.HasFlag(PayeeFields.IdNumber) ? protector.Decrypt(h.Head.IdNumberCipher) : null, h.BankName,
                    reveal.HasFlag(PayeeFields.BankAccount) && h.BankAccountCipher is not null ? protector.Decrypt(h.BankAccountCipher) : null,
                    h.BankAccountCipher is not null, h.BankAccountCipher);
            });
            foreach (var payee in decrypted)
            {
                found[payee.HouseholdId] = payee;
            }
        }

        await audit.WriteAsync("RevealForPayment", "Household", purpose: purpose, details: $"{found.Count} 户（{Revealed(reveal)}）", ct: ct);
        return found;
    }

    public async Task<IReadOnlyList<string>> OpenAccountsAsync(IReadOnlyList<string> sealedAccounts, string purpose, CancellationToken ct = default)
    {
        var opened = new string[sealedAccounts.Count];
        Parallel.For(0, opened.Length, i => opened[i] = protector.Decrypt(sealedAccounts[i]));
        await audit.WriteAsync("RevealForPayment", "Household", purpose: purpose, details: $"{opened.Length} 户（{Revealed(PayeeFields.BankAccount)}）", ct: ct);
        return opened;
    }

    private static string Revealed(PayeeFields reveal) => reveal switch
    {
        PayeeFields.IdNumber => "户主身份证号",
        PayeeFields.BankAccount => "银行账号",
        PayeeFields.None => "不含敏感字段",
        _ => "户主身份证号、银行账号",
    };
}
