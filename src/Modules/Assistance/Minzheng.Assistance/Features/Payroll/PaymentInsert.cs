using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;

namespace Minzheng.Assistance.Features.Payroll;

/// <summary>
/// The payments of a payroll written set-based: one INSERT … SELECT per chunk of cases (a range in (village, case id) order), computing
/// in SQL what <see cref="Domain.Cases.AssistanceCase.AmountFor"/> computes in C# — the latest 增发/减发 in force for the
/// month, else the approved amount; nothing once stopped. The cases superseded by a later case of the same beneficiary
/// (<see cref="PayrollCases"/>) are named and left out. What is paid already the unique (beneficiary, programme, month)
/// index skips (ON CONFLICT DO NOTHING); 临时救助, paid once whatever the month, is checked against its payments.
/// Row-by-row EF inserts were the payroll's cost at city scale.
/// </summary>
internal static class PaymentInsert
{
    /// <summary>A candidate case in the order chunks are cut: by village, then by id.</summary>
    public sealed record CaseKey(string RegionCode, Guid Id);

    /// <summary>The care fee of a 委托照料护理协议, paid to the carer as a payment of its own (beneficiary: the case).</summary>
    public const string CareCode = "tekun_care";

    public static async Task<int> ChunkAsync(AssistanceDbContext db, Guid runId, string programme, string code, string month, DateOnly first,
        CaseKey low, CaseKey high, IReadOnlyCollection<Guid> superseded, CancellationToken ct)
    {
        var written = await CasesAsync(db, runId, programme, code, month, first, low, high, superseded, ct);
        return programme == nameof(Domain.Programmes.Programme.Tekun)
            ? written + await CasesAsync(db, runId, programme, CareCode, month, first, low, high, superseded, ct)
            : written;
    }

    /// <summary>
    /// One INSERT … SELECT: the cases' own payments, or (<paramref name="code"/> = <see cref="CareCode"/>) the carers' of
    /// the 特困 cases whose agreement covers the month. A 特困 case's own payment is its amount less that care fee.
    /// </summary>
    private static async Task<int> CasesAsync(AssistanceDbContext db, Guid runId, string programme, string code, string month, DateOnly first,
        CaseKey low, CaseKey high, IReadOnlyCollection<Guid> superseded, CancellationToken ct)
    {
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        // Paid already: the unique index turns a second insert into nothing (ON CONFLICT DO NOTHING), which costs one index probe;
        // only 临时救助, paid once whatever the month, needs a look at the payments themselves.
        var paidOnce = programme == nameof(Domain.Programmes.Programme.Temporary)
            ? """AND NOT EXISTS (SELECT 1 FROM assist_payments p WHERE p."BeneficiaryId" = x."Beneficiary" AND p."Programme" = {1})"""
            : string.Empty;
        var notSuperseded = superseded.Count == 0 ? string.Empty
            : postgres ? """AND NOT (c."Id" = ANY({9}))""" : """AND c."Id" NOT IN (SELECT value FROM json_each({9}))""";
        const string Decided = """
            COALESCE((SELECT b."AmountFen" FROM assist_benefit_changes b
                      WHERE b."CaseId" = c."Id" AND b."AmountFen" IS NOT NULL AND b."FromMonth" <= {2}
                      ORDER BY b."FromMonth" DESC, b."DecidedAtUtc" DESC LIMIT 1), c."MonthlyAmountFen", 0)
            """;
        // A 分散供养 agreement whose term covers some of the month: its fee goes to the carer, the rest to the person.
        const string CareFee = """
            COALESCE((SELECT a."CareFeeFen" FROM assist_support_arrangements a
                      WHERE a."CaseId" = c."Id" AND a."Mode" = 'Dispersed' AND a."CareFeeFen" > 0 AND a."TermFrom" <= {10} AND a."TermTo" >= {4}), 0)
            """;
        // Each read once per case (y), the amount from them (x): the carer's fee, the person's rest, or the amount decided.
        var tekun = programme == nameof(Domain.Programmes.Programme.Tekun);
        var amount = code == CareCode ? """CASE WHEN y."Decided" > 0 THEN y."Care" ELSE 0 END"""
            : tekun ? """CASE WHEN y."Decided" > y."Care" THEN y."Decided" - y."Care" ELSE 0 END"""
            : "y.\"Decided\"";
        var beneficiary = code == CareCode ? "c.\"Id\""
            : "COALESCE(c.\"PersonId\", CASE WHEN c.\"Programme\" = 'Temporary' THEN c.\"Id\" ELSE c.\"HouseholdId\" END)";
        var sql = $$"""
            INSERT INTO assist_payments ("Id", "RunId", "CaseId", "CaseNumber", "HouseholdId", "BeneficiaryId", "HouseholdNumber", "RegionCode", "Programme", "Month", "AmountFen", "Status", "Attempt")
            SELECT {{(postgres ? PostgresTimeOrderedId : SqliteTimeOrderedId)}}, {0}, x."Id", x."Number", x."HouseholdId", x."Beneficiary", x."HouseholdNumber", x."RegionCode", {1}, {2}, x."Amount", 'Pending', 1
            FROM (SELECT y.*, {{amount}} AS "Amount" FROM (
                SELECT {{(postgres ? string.Empty : "hex(randomblob(9)) AS \"R\",")}} c."Id", c."Number", c."HouseholdId", c."HouseholdNumber", c."RegionCode",
                    {{beneficiary}} AS "Beneficiary",
                    {{Decided}} AS "Decided",
                    {{(tekun ? CareFee : "0")}} AS "Care"
                FROM assist_cases c
                WHERE c."Status" IN ('Approved', 'Stopped') AND c."Programme" = {3} AND c."BenefitFrom" <= {4} AND (c."StopFrom" IS NULL OR c."StopFrom" > {2})
                  -- the chunk's villages (the range the region index reads), then its exact (village, id) bounds
                  AND c."RegionCode" >= {5} AND c."RegionCode" <= {7} AND (c."RegionCode", c."Id") >= ({5}, {6}) AND (c."RegionCode", c."Id") <= ({7}, {8})
                  {{notSuperseded}}
            ) y) x
            WHERE x."Amount" > 0
              {{paidOnce}}
            ON CONFLICT DO NOTHING
            """;
        object excluded = postgres ? superseded.ToArray() : JsonSerializer.Serialize(superseded.Select(id => id.ToString().ToUpperInvariant()));
        return await db.Database.ExecuteSqlRawAsync(sql, [runId, code, month, programme, first, low.RegionCode, low.Id, high.RegionCode, high.Id, excluded, first.AddMonths(1).AddDays(-1)], ct);
    }

    // Time-ordered keys (UUID version 7: milliseconds, then random bits): a run's payments sit together in the primary key
    // (and in the outbox's key, which names the payment), so writing them touches a few index pages instead of one a row.
    private const string PostgresTimeOrderedId =
        """encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid""";

    // On SQLite a Guid is the upper-case text EF writes: the statement's millisecond ('now' is fixed for a statement) as 12
    // hex digits, the version, then random hex from the row's "R".
    private const string SqliteMillis = "printf('%012X', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))";
    private const string SqliteTimeOrderedId =
        $"""substr({SqliteMillis},1,8)||'-'||substr({SqliteMillis},9,4)||'-7'||substr(x."R",1,3)||'-8'||substr(x."R",4,3)||'-'||substr(x."R",7,12)""";

    /// <summary>The region codes of a town's villages lie in [town, next town): 430408001001 … up to 430408002 (digit strings of one length).</summary>
    public static string NextTown(string town) =>
        (long.Parse(town, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(new string('0', town.Length), System.Globalization.CultureInfo.InvariantCulture);
}
