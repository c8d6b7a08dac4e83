using System.Data.Common;
using Minzheng.Platform.Security;

namespace Minzheng.Bench.Payroll;

/// <summary>
/// The data a province's payroll reads: towns (children of the district code the region directory lists), one
/// registered household per beneficiary — its head with an encrypted ID number and blind index, an encrypted bank
/// account at one of four banks — and an approved 低保 case paying from January 2023. Deterministic for its size.
/// </summary>
internal static class Generator
{
    private const int Batch = 50_000;
    private static readonly string[] Banks = ["衡阳农商银行", "中国农业银行衡阳分行", "中国邮政储蓄银行衡阳分行", "中国建设银行衡阳分行"];

    public static string Town(int t) => $"430408{t + 1:D3}";

    public static async Task GenerateAsync(DbConnection connection, FieldProtector protector, int beneficiaries, int towns, Action<int> progress)
    {
        var sink = new RowSink(connection);
        await sink.WriteAsync("registry_regions", ["Code", "Name", "ParentCode", "Level", "IsSynthetic"],
            Enumerable.Range(0, towns).SelectMany(t => new[]
            {
                new object?[] { Town(t), $"基准镇{t + 1}", "430408", 4, true },
                new object?[] { Town(t) + "001", $"基准村{t + 1}", Town(t), 5, true },
            }));
        var created = new DateTime(2022, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var from = 0; from < beneficiaries; from += Batch)
        {
            var n = Math.Min(Batch, beneficiaries - from);
            var rows = new (object?[] Household, object?[] Person, object?[] Case)[n];
            Parallel.For(0, n, i =>
            {
                var k = from + i;
                var village = Town(k % towns) + "001";
                var household = Key(1, k);
                var person = Key(2, k);
                var id = IdNumber(k);
                var account = $"62170{k:D14}";
                var number = $"B{k:D9}";
                rows[i] = (
                    [household, number, village, 0, "基准路1号", person, Banks[k % Banks.Length], protector.Encrypt(account), Masking.BankAccount(account), created, 1],
                    [person, $"基准{k % 1000}", protector.Encrypt(id), protector.BlindIndex(id), Masking.IdNumber(id), Birth(k), k % 2, 0, village, household, 0, 1],
                    [Key(3, k), $"DB2022{k:D9}", "Dibao", "Dibao", household, number, village, true, "{}", 1, 1, "Approved", "c.png", "00", "bench", created, 1,
                        30_000L + k % 500 * 100, new DateOnly(2023, 1, 1), false]);
            });
            await sink.WriteAsync("registry_households", ["Id", "Number", "RegionCode", "Kind", "Address", "HeadPersonId", "BankName", "BankAccountCipher", "BankAccountMasked", "CreatedAtUtc", "Version"],
                rows.Select(r => r.Household));
            await sink.WriteAsync("registry_persons", ["Id", "Name", "IdNumberCipher", "IdNumberIndex", "IdNumberMasked", "BirthDate", "Sex", "Status", "RegionCode", "HouseholdId", "Relation", "Version"],
                rows.Select(r => r.Person));
            await sink.WriteAsync("assist_cases", ["Id", "Number", "Programme", "RequestedProgramme", "HouseholdId", "HouseholdNumber", "RegionCode", "Urban", "SnapshotJson", "Members",
                    "CoveredMembers", "Status", "ConsentFileName", "ConsentSm3", "CreatedBy", "CreatedAtUtc", "Version", "MonthlyAmountFen", "BenefitFrom", "TownMayApprove"],
                rows.Select(r => r.Case));
            progress(from + n);
        }
    }

    private static DateOnly Birth(int k) => new DateOnly(1940, 1, 1).AddDays(k / 1000);

    /// <summary>A deterministic key per kind and index.</summary>
    private static Guid Key(int kind, int k)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, k);
        bytes[12] = (byte)kind;
        bytes[7] = 0x40; // a version nibble, so the keys look like the random ones the application makes
        return new Guid(bytes);
    }

    /// <summary>A well-formed (GB 11643 check digit) synthetic ID number of the district.</summary>
    private static string IdNumber(int k)
    {
        var body = $"430408{Birth(k):yyyyMMdd}{k % 1000:D3}"; // unique: a day per thousand
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
