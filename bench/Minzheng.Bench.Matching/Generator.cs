using System.Globalization;
using System.Text;
using Minzheng.Kernel.Identity;

namespace Minzheng.Bench.Matching;

/// <summary>
/// Deterministic synthetic files for a tier, with the format edge cases of MATCHING.md spread through them: a byte-order
/// mark and CRLF (deaths), reordered and extra columns (business, vehicles), quoted names with commas and doubled quotes,
/// lowercase x, invalid ID numbers, repeated monitored people, co-owned property, amounts and dates on the thresholds.
/// </summary>
internal sealed class Generator(Tier tier, int seed, DateOnly asOf)
{
    private static readonly string[] Regions = ["430408", "430405", "430406", "430407", "430412", "430421"];
    private readonly Random _random = new(seed);

    /// <summary>A unique valid ID number for a person index (unique below 180 million).</summary>
    public static string Id(long i)
    {
        var birth = new DateOnly(1930, 1, 1).AddDays((int)(i / 6 % 30000));
        var first17 = $"{Regions[i % 6]}{birth:yyyyMMdd}{i / 180000 % 1000:000}";
        return first17 + IdNumber.ComputeCheckCharacter(first17);
    }

    public void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var households = WriteMonitored(Path.Combine(folder, "monitored.csv"));
        var f = tier.FeedRows;
        Feed(folder, "deaths.csv", "id_number,death_date", f / 20, id => $"{id},{Day(900)}", bom: true, crlf: true);
        Feed(folder, "vehicles.csv", "plate,owner_id_number,vehicle_type,value_yuan,colour", f / 5,
            id => $"湘D{_random.Next(100000):00000},{id},{(_random.Next(2) == 0 ? "car" : "truck")},{Money(500_000, 15_000_000, "50000.00", "50000.01", "50000")},white");
        Feed(folder, "business.csv", "status,legal_rep_id_number,credit_code,name,registered_capital_yuan,address", f * 3 / 20,
            id => $"{(_random.Next(3) == 0 ? "revoked" : "active")},{id},91430408MA4L{_random.Next(1_000_000):000000},{Name()},{Money(100, 20_000_000, "0", "1.5")},蒸湘区");
        Feed(folder, "property.csv", "owner_id_number,certificate_no,area_m2", f * 3 / 10,
            id => $"{id},{Certificate(id, households)},{_random.Next(30, 200)}.{_random.Next(100):00}");
        Feed(folder, "medical.csv", "id_number,settled_on,total_yuan,out_of_pocket_yuan", f * 3 / 10,
            id => $"{id},{MedicalDay()},{Money(1000, 5_000_000)},{Money(1000, 1_500_000, "20000.00", "6666.67")}");
    }

    private Dictionary<string, int> WriteMonitored(string path)
    {
        var households = new Dictionary<string, int>(tier.Monitored);
        using var w = Writer(path, false);
        w.Write("id_number,household_id,programme,region_code\n");
        string[] programmes = ["dibao", "tekun", "edge", "rigid_expense", "anti_poverty", "other"];
        var household = 0;
        var left = 0;
        for (var i = 0; i < tier.Monitored; i++)
        {
            if (left == 0)
            {
                household++;
                left = _random.Next(1, 5);
            }

            left--;
            var id = Id(i);
            households[id] = household;
            w.Write($"{Cased(id)},HH{household:0000000},{programmes[household % 6]},{id[..6]}001{household % 20 + 1:000}\n");
            if (i % 997 == 0)
            {
                w.Write($"{Corrupt(id)},HH{household:0000000},dibao,430408001001\n"); // invalid: rejected
            }

            if (i % 1999 == 5)
            {
                w.Write($"{id},HX{household:0000000},dibao,430408001001\n"); // repeated: rejected, the first stands
            }
        }

        return households;
    }

    private void Feed(string folder, string name, string header, int rows, Func<string, string> row, bool bom = false, bool crlf = false)
    {
        using var w = Writer(Path.Combine(folder, name), bom);
        var newline = crlf ? "\r\n" : "\n";
        w.Write(header + newline);
        for (var r = 0; r < rows; r++)
        {
            // About a third of the rows are about monitored people; 0.3 % carry an invalid ID number.
            var person = _random.Next(3) == 0 ? _random.Next(tier.Monitored) : tier.Monitored + _random.Next(tier.Monitored * 2);
            var id = Id(person);
            id = _random.Next(1000) < 3 ? Corrupt(id) : Cased(id);
            w.Write(row(id));
            w.Write(newline);
        }
    }

    private string Cased(string id) => id[17] == 'X' && _random.Next(2) == 0 ? id[..17] + "x" : id;

    private string Corrupt(string id) => _random.Next(3) switch
    {
        0 => id[..17] + (id[17] == '0' ? '1' : '0'),
        1 => id[..10] + "13" + id[12..],
        _ => id[..16],
    };

    private string Money(int minFen, int maxFen, params string[] special) =>
        special.Length > 0 && _random.Next(20) == 0 ? special[_random.Next(special.Length)]
        : (_random.Next(minFen, maxFen) / 100m).ToString(_random.Next(2) == 0 ? "0.00" : "0.##", CultureInfo.InvariantCulture);

    private string Day(int spread) => asOf.AddDays(-_random.Next(spread)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string MedicalDay() => _random.Next(30) switch
    {
        0 => asOf.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        1 => asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Day(730),
    };

    private string Name() => _random.Next(10) == 0 ? "\"蒸湘\"\"好邻居\"\",便利店\"" : $"衡阳市{_random.Next(100000)}号商行";

    /// <summary>Members of a monitored household often hold the same certificate: co-owned property counts once.</summary>
    private string Certificate(string id, Dictionary<string, int> households) =>
        households.TryGetValue(id.ToUpperInvariant(), out var h) ? $"湘(2022)衡阳市不动产权第{h * 4 + _random.Next(4):000000000}号" : $"湘(2021)衡阳市不动产权第{_random.Next():0000000000}号";

    private static StreamWriter Writer(string path, bool bom) => new(path, false, new UTF8Encoding(bom), 1 << 20);
}
