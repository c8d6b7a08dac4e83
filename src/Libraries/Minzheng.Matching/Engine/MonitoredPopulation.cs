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
    private readonly Dictionary<string, int> _householdIndex = new(StringComparer.Ordinal);
    private readonly List<long> _keys;
    private readonly List<int> _household;
    private readonly List<string> _householdIds = [];

    public MonitoredPopulation(int capacity = 1024)
    {
        _byKey = new Dictionary<long, int>(capacity);
        _keys = new List<long>(capacity);
        _household = new List<int>(capacity);
    }

    public int Count => _keys.Count;

    public int HouseholdCount => _householdIds.Count;

    /// <summary>False when the ID number is already monitored.</summary>
    public bool Add(long key, string householdId)
    {
        if (!_byKey.TryAdd(key, _keys.Count))
        {
            return false;
        }

        if (!_householdIndex.TryGetValue(householdId, out var h))
        {
            h = _householdIds.Count;
            _householdIndex.Add(householdId, h);
            _householdIds.Add(householdId);
        }

        _keys.Add(key);
        _household.Add(h);
        return true;
    }

    public bool TryFind(long key, out int person) => _byKey.TryGetValue(key, out person);

    public int HouseholdOf(int person) => _household[person];

    public long KeyOf(int person) => _keys[person];

    public string HouseholdId(int household) => _householdIds[household];

    /// <summary>Reads monitored.csv (or its XLSX form); bad rows go to <paramref name="rejects"/>.</summary>
    public static MonitoredPopulation Read(IRowSource source, string file, List<RejectedRow> rejects, out FileCount count)
    {
        var columns = FeedSchemas.Columns(source, file, FeedSchemas.Monitored);
        var population = new MonitoredPopulation(1 << 16);
        long rows = 0, rejected = 0;
        while (source.Read())
        {
            rows++;
            var household = source.Field(columns[1]).Trim((byte)' ');
            var reason = !IdKey.TryPack(source.Field(columns[0]), out var key, out var invalid) ? invalid
                : household.IsEmpty ? "household_id 为空"
                : !FeedSchemas.Programmes.Contains(Encoding.UTF8.GetString(source.Field(columns[2]).Trim((byte)' ')))
                    ? "programme 不是 dibao、tekun、edge、rigid_expense、anti_poverty、other 之一"
                : !population.Add(key, Encoding.UTF8.GetString(household)) ? "身份证号重复（以第一次出现为准）"
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
}
