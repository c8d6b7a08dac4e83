namespace Minzheng.Matching.Engine;

/// <summary>The partner departments' feeds of MATCHING.md, with the columns each must have.</summary>
public enum FeedKind
{
    Deaths,
    Vehicles,
    Business,
    Property,
    Medical,
}

public static class FeedSchemas
{
    public static readonly IReadOnlyDictionary<FeedKind, string[]> Required = new Dictionary<FeedKind, string[]>
    {
        [FeedKind.Deaths] = ["id_number", "death_date"],
        [FeedKind.Vehicles] = ["owner_id_number", "plate", "vehicle_type", "value_yuan"],
        [FeedKind.Business] = ["legal_rep_id_number", "credit_code", "name", "registered_capital_yuan", "status"],
        [FeedKind.Property] = ["owner_id_number", "certificate_no", "area_m2"],
        [FeedKind.Medical] = ["id_number", "settled_on", "total_yuan", "out_of_pocket_yuan"],
    };

    public static readonly string[] Monitored = ["id_number", "household_id", "programme", "region_code"];

    public static readonly IReadOnlySet<string> Programmes = new HashSet<string>(StringComparer.Ordinal) { "dibao", "tekun", "edge", "rigid_expense", "anti_poverty", "other" };

    public static FeedKind Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "deaths" => FeedKind.Deaths,
        "vehicles" => FeedKind.Vehicles,
        "business" => FeedKind.Business,
        "property" => FeedKind.Property,
        "medical" => FeedKind.Medical,
        _ => throw new ArgumentException($"unknown feed '{name}': use deaths, vehicles, business, property or medical"),
    };

    public static string Name(this FeedKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The required columns' positions in a file's header; a missing one rejects the whole file, by name.</summary>
    public static int[] Columns(Csv.IRowSource source, string file, IReadOnlyList<string> required)
    {
        var positions = new int[required.Count];
        for (var i = 0; i < required.Count; i++)
        {
            positions[i] = source.ColumnOf(required[i]);
            if (positions[i] < 0)
            {
                throw new Csv.FeedFileException(file, $"缺少必需的列 {required[i]}");
            }
        }

        return positions;
    }
}
