using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;

namespace Minzheng.Assistance.Features.Payroll;

/// <summary>
/// The payments of a payroll written set-based: one INSERT … SELECT per chunk of cases (a range in (village, case id) order), computing
/// in SQL what <see cref="Domain.Cases.AssistanceCase.AmountFor"/> computes in C# — the latest 增发/减发 in force for the
/// month, else the approved amount; nothing once stopped — for the latest case of each beneficiary (looked for within
/// the town's code range, so the plan stays the town's size). What is paid already the unique (beneficiary, programme,
/// month) index skips (ON CONFLICT DO NOTHING); 临时救助, paid once whatever the month, is checked against its payments. Row-by-row EF inserts were the payroll's cost at city scale.
/// </summary>
internal static class PaymentInsert
{
    /// <summary>A candidate case in the order chunks are cut: by village, then by id.</summary>
    public sealed record CaseKey(string RegionCode, Guid Id);

    // Whose entitlement a case is: the person of a subsidy, the 临时救助 grant itself, or the household.
    private static string Beneficiary(string alias) => $"""COALESCE({alias}."PersonId", CASE WHEN {alias}."Programme" = 'Temporary' THEN {alias}."Id" ELSE {alias}."HouseholdId" END)""";

    public static async Task<int> ChunkAsync(AssistanceDbContext db, Guid runId, string programme, string code, string month, DateOnly first,
        string townFrom, string townTo, CaseKey low, CaseKey high, CancellationToken ct)
    {
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        // A new key per row: PostgreSQL has gen_random_uuid(); on SQLite, 16 random bytes written as EF stores a Guid (upper-case text).
        var newId = postgres
            ? "gen_random_uuid()"
            : """upper(substr(x."R",1,8)||'-'||substr(x."R",9,4)||'-'||substr(x."R",13,4)||'-'||substr(x."R",17,4)||'-'||substr(x."R",21,12))""";
        var random = postgres ? string.Empty : """hex(randomblob(16)) AS "R",""";
        var c = Beneficiary("c");
        var n = Beneficiary("n");
        // Paid already: the unique index turns a second insert into nothing (ON CONFLICT DO NOTHING), which costs one index probe;
        // only 临时救助, paid once whatever the month, needs a look at the payments themselves.
        var paidOnce = programme == nameof(Domain.Programmes.Programme.Temporary)
            ? """AND NOT EXISTS (SELECT 1 FROM assist_payments p WHERE p."BeneficiaryId" = x."Beneficiary" AND p."Programme" = {1})"""
            : string.Empty;
        var sql = $$"""
            INSERT INTO assist_payments ("Id", "RunId", "CaseId", "CaseNumber", "HouseholdId", "BeneficiaryId", "HouseholdNumber", "RegionCode", "Programme", "Month", "AmountFen", "Status", "Attempt")
            SELECT {{newId}}, {0}, x."Id", x."Number", x."HouseholdId", x."Beneficiary", x."HouseholdNumber", x."RegionCode", {1}, {2}, x."Amount", 'Pending', 1
            FROM (
                SELECT {{random}} c."Id", c."Number", c."HouseholdId", c."HouseholdNumber", c."RegionCode", c."CreatedAtUtc", {{c}} AS "Beneficiary",
                    COALESCE((SELECT b."AmountFen" FROM assist_benefit_changes b
                              WHERE b."CaseId" = c."Id" AND b."AmountFen" IS NOT NULL AND b."FromMonth" <= {2}
                              ORDER BY b."FromMonth" DESC, b."DecidedAtUtc" DESC LIMIT 1), c."MonthlyAmountFen", 0) AS "Amount"
                FROM assist_cases c
                WHERE c."Status" IN ('Approved', 'Stopped') AND c."Programme" = {3} AND c."BenefitFrom" <= {6} AND (c."StopFrom" IS NULL OR c."StopFrom" > {2})
                  -- the chunk's villages (the range the region index reads), then its exact (village, id) bounds
                  AND c."RegionCode" >= {7} AND c."RegionCode" <= {9} AND (c."RegionCode", c."Id") >= ({7}, {8}) AND (c."RegionCode", c."Id") <= ({9}, {10})
            ) x
            WHERE x."Amount" > 0
              AND NOT EXISTS (SELECT 1 FROM assist_cases n
                              WHERE n."RegionCode" >= {4} AND n."RegionCode" < {5} AND n."HouseholdId" = x."HouseholdId" AND {{n}} = x."Beneficiary"
                                AND n."Status" IN ('Approved', 'Stopped') AND n."Programme" = {3} AND n."BenefitFrom" <= {6} AND n."CreatedAtUtc" > x."CreatedAtUtc")
              {{paidOnce}}
            ON CONFLICT DO NOTHING
            """;
        return await db.Database.ExecuteSqlRawAsync(sql, [runId, code, month, programme, townFrom, townTo, first, low.RegionCode, low.Id, high.RegionCode, high.Id], ct);
    }

    /// <summary>The region codes of a town's villages lie in [town, next town): 430408001001 … up to 430408002 (digit strings of one length).</summary>
    public static string NextTown(string town) =>
        (long.Parse(town, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(new string('0', town.Length), System.Globalization.CultureInfo.InvariantCulture);
}
