using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Platform.Security;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;
using Minzheng.Registry.Features.Shared;

namespace Minzheng.Registry.Features.SeedDemo;

/// <summary>
/// Seeds the demo district: regions, then about 10,000 households and 25,000 persons (×20 for the city scale),
/// deterministic for a seed. Runs once: a database that already has households is left alone.
/// </summary>
internal sealed class SeedDemoHandler(RegistryDbContext db, FieldProtector protector, TimeProvider clock)
{
    private readonly PersonFactory _persons = new(protector);

    public const int DistrictHouseholds = 10_000;
    private const int Batch = 1_000;

    public async Task<int> HandleAsync(int scale, int seed = 430408, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        await EnsureRegionsAsync(ct);
        if (await db.Households.IgnoreQueryFilters().AnyAsync(ct))
        {
            return 0;
        }

        var today = clock.Today();
        var people = new DemoPeople(seed);
        var villages = DemoRegions.Towns
            .SelectMany(t => Enumerable.Range(1, DemoRegions.VillagesPerTown).Select(i => (Code: DemoRegions.VillageCode(t.Code, t.IsSubdistrict, i), Urban: t.IsSubdistrict)))
            .ToArray();
        var total = DistrictHouseholds * scale;
        var perVillage = new Dictionary<string, int>();
        db.SuppressChangeAudit = true;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var done = 0; done < total;)
        {
            var n = Math.Min(Batch, total - done);
            for (var i = 0; i < n; i++)
            {
                var village = villages[people.Random.Next(villages.Length)];
                var seq = perVillage[village.Code] = perVillage.GetValueOrDefault(village.Code) + 1;
                AddHousehold(people, village.Code, village.Urban, seq, today);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += n;
            progress?.Report(done);
        }

        db.SuppressChangeAudit = false;
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime, UserName = db.User.UserName, Action = AuditActions.Import,
            EntityType = "DemoData", Details = $"{{\"households\":{total},\"seed\":{seed}}}",
        });
        await db.SaveChangesAsync(ct);
        return total;
    }

    private async Task EnsureRegionsAsync(CancellationToken ct)
    {
        var existing = await db.Regions.Select(r => r.Code).ToListAsync(ct);
        db.Regions.AddRange(DemoRegions.All().Where(r => !existing.Contains(r.Code)));
        await db.SaveChangesAsync(ct);
    }

    private void AddHousehold(DemoPeople people, string village, bool urban, int seq, DateOnly today)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var h = new Household
        {
            Id = people.NextGuid(),
            Number = "H" + village + seq.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            RegionCode = village,
            Kind = urban ? HouseholdKind.Urban : HouseholdKind.Rural,
            Address = urban ? $"演示路{people.Random.Next(1, 300)}号{people.Random.Next(1, 30)}栋{people.Random.Next(101, 1802)}室" : $"演示{people.Random.Next(1, 12)}组{people.Random.Next(1, 90)}号",
            CreatedAtUtc = now,
        };
        var account = people.BankAccount();
        h.BankName = "衡阳农商银行（演示）";
        h.BankAccountCipher = protector.Encrypt(account);
        h.BankAccountMasked = Masking.BankAccount(account);
        db.Households.Add(h);

        var size = people.Random.Next(100) switch { < 20 => 1, < 50 => 2, < 80 => 3, _ => 4 };
        var headBirth = people.BirthBetween(new DateOnly(1932, 1, 1), new DateOnly(1998, 12, 31));
        var head = AddPerson(h, Relation.Head, headBirth, people, today, withPhone: true);
        h.HeadPersonId = head.Id;
        if (size >= 2)
        {
            AddPerson(h, Relation.Spouse, people.BirthBetween(headBirth.AddYears(-5), headBirth.AddYears(5)), people, today, false);
        }

        for (var i = 2; i < size; i++)
        {
            var from = headBirth.AddYears(22);
            var to = headBirth.AddYears(40) < today ? headBirth.AddYears(40) : today;
            var relation = from < to ? Relation.Child : Relation.Parent;
            var birth = relation == Relation.Child ? people.BirthBetween(from, to) : people.BirthBetween(headBirth.AddYears(-32), headBirth.AddYears(-20));
            AddPerson(h, relation, birth, people, today, false);
        }
    }

    private Person AddPerson(Household h, Relation relation, DateOnly birth, DemoPeople people, DateOnly today, bool withPhone)
    {
        var id = people.IdNumber(birth > today ? today : birth, today);
        var p = _persons.Create(people.Name(), id, withPhone ? people.Phone() : null, h.RegionCode, h.Id, relation, people.NextGuid());
        db.Persons.Add(p);
        db.PersonEvents.Add(new PersonEvent
        {
            PersonId = p.Id, Type = PersonEventType.Registered, Date = today,
            ToHouseholdId = h.Id, RegionCode = h.RegionCode, RecordedBy = "演示数据", RecordedAtUtc = h.CreatedAtUtc,
        });
        return p;
    }
}
