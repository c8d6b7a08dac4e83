using System.Text;
using Minzheng.Matching.Csv;
using Minzheng.Matching.Keys;

namespace Minzheng.Matching.Engine;

/// <summary>
/// The monitored people in memory: ID key → person index, each person's household index. A person appears once;
/// a repeated ID number is a rejected row and the first occurrence stands.
/// </summary>
public sealed class MonitoredPopulation
{
    private readonly Dictionary<long, int> _byKey;
    private readonly Dictionary<string, int> _householdIndex;
    private readonly List<long> _keys;
    private readonly List<int> _household;
    private readonly List<string> _householdIds = [];

    public MonitoredPopulation(int capacity = 1024)
    {
        _byKey = new Dictionary<long, int>(capacity);
        _householdIndex = new Dictionary<string, int>(capacity / 2, StringComparer.Ordinal);
        _keys = new List<long>(capacity);
        _household = new List<int>(capacity);
    }

    public int Count => _keys.Count;

    public int HouseholdCount => _householdIds.Count;

    /// <summary>False when the ID number is already monitored.</summary>
    public bool Add(long key, string householdId) => Add(key, householdId.AsSpan());

    /// <summary>As <see cref="Add(long, string)"/>; the household's string is made only the first time it is seen.</summary>
    public bool Add(long key, ReadOnlySpan<char> householdId)
    {
        if (!_byKey.TryAdd(key, _keys.Count))
        {
            return false;
        }

        var lookup = _householdIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(householdId, out var h))
        {
            h = _householdIds.Count;
            var id = householdId.ToString();
            _householdIndex.Add(id, h);
            _householdIds.Add(id);
        }

        _keys.Add(key);
        _household.Add(h);
        return true;
    }

    public bool TryFind(long key, out int person) => _byKey.TryGetValue(key, out person);

    public int HouseholdOf(int person) => _household[person];

    public long KeyOf(int person) => _keys[person];

    public string HouseholdId(int household) => _householdIds[household];

    private static readonly byte[][] ProgrammeBytes = FeedSchemas.Programmes.Select(Encoding.UTF8.GetBytes).ToArray();

    /// <summary>Reads monitored.csv (or its XLSX form); bad rows go to <paramref name="rejects"/>.</summary>
    public static MonitoredPopulation Read(IRowSource source, string file, List<RejectedRow> rejects, out FileCount count, long sizeHint = 0)
    {
        var columns = FeedSchemas.Columns(source, file, FeedSchemas.Monitored);
        var population = new MonitoredPopulation((int)Math.Clamp(sizeHint / 45, 1024, 50_000_000));
        long rows = 0, rejected = 0;
        Span<char> chars = stackalloc char[256];
        while (source.Read())
        {
            rows++;
            var household = source.Field(columns[1]).Trim((byte)' ');
            var programme = source.Field(columns[2]).Trim((byte)' ');
            var reason = !IdKey.TryPack(source.Field(columns[0]), out var key, out var invalid) ? invalid
                : household.IsEmpty ? "household_id 为空"
                : household.Length > 200 ? "household_id 过长"
                : !IsProgramme(programme) ? "programme 不是 dibao、tekun、edge、rigid_expense、anti_poverty、other 之一"
                : !population.Add(key, chars[..Encoding.UTF8.GetChars(household, chars)]) ? "身份证号重复（以第一次出现为准）"
                : null;
            if (reason is not null)
            {
                rejected++;
                rejects.Add(new RejectedRow(file, source.LineNumber, reason));
            }
        }

        count = new FileCount(file, "monitored", rows, rejected);
        return population;
    }

    private static bool IsProgramme(ReadOnlySpan<byte> value)
    {
        foreach (var p in ProgrammeBytes)
        {
            if (value.SequenceEqual(p))
            {
                return true;
            }
        }

        return false;
    }
}
