using System.Text;
using Minzheng.Matching.Csv;
using Minzheng.Matching.Keys;

namespace Minzheng.Matching.Engine;

/// <summary>One problem in one row of an uploaded feed: where it is and why, for the row-level report.</summary>
public sealed record RowError(long Line, string Column, string Reason);

/// <summary>What checking a whole feed found: rows read and every problem (the first <see cref="FeedValidator.MaxListed"/> listed).</summary>
public sealed record FeedValidation(long Rows, long ErrorCount, IReadOnlyList<RowError> Errors)
{
    public bool Valid => ErrorCount == 0;
}

/// <summary>
/// Checks every row of a feed before it is applied (PRODUCT.md §2.3: a feed is applied whole or not at all). The batch
/// job skips a bad row of a file it is given; an upload with one bad row is refused whole, with the rows named.
/// </summary>
public static class FeedValidator
{
    public const int MaxListed = 200;

    /// <summary>The header is checked first: a missing column throws <see cref="FeedFileException"/> naming it.</summary>
    public static FeedValidation Validate(IRowSource source, string file, FeedKind kind)
    {
        var required = FeedSchemas.Required[kind];
        var c = FeedSchemas.Columns(source, file, required);
        var errors = new List<RowError>();
        long rows = 0, count = 0;
        while (source.Read())
        {
            rows++;
            foreach (var (column, reason) in Problems(source, c, kind, required))
            {
                count++;
                if (errors.Count < MaxListed)
                {
                    errors.Add(new RowError(source.LineNumber, column, reason));
                }
            }
        }

        return new FeedValidation(rows, count, errors);
    }

    private static List<(string Column, string Reason)> Problems(IRowSource source, int[] c, FeedKind kind, string[] names)
    {
        var list = new List<(string Column, string Reason)>(2);
        if (!IdKey.TryPack(source.Field(c[0]), out _, out var reason))
        {
            list.Add((names[0], reason!));
        }

        void Date(int i)
        {
            if (!FieldValues.TryParseDate(source.Field(c[i]), out _))
            {
                list.Add((names[i], "不是 YYYY-MM-DD 日期"));
            }
        }

        void Amount(int i)
        {
            if (!FieldValues.TryParseFen(source.Field(c[i]), out _))
            {
                list.Add((names[i], "不是金额（元，最多两位小数）"));
            }
        }

        void Text(int i)
        {
            if (source.Field(c[i]).Trim((byte)' ').IsEmpty)
            {
                list.Add((names[i], "为空"));
            }
        }

        switch (kind)
        {
            case FeedKind.Deaths:
                Date(1);
                break;
            case FeedKind.Vehicles:
                Text(1);
                Amount(3);
                break;
            case FeedKind.Business:
                Text(1);
                Amount(3);
                Text(4);
                break;
            case FeedKind.Property:
                Text(1);
                Amount(2); // an area has at most two decimals too
                break;
            default:
                Date(1);
                Amount(2);
                Amount(3);
                break;
        }

        return list;
    }

    /// <summary>
    /// The rows of a feed about some people (the members of one household being verified), with their required
    /// columns by name; rows with an invalid ID number are not anyone's.
    /// </summary>
    public static List<(long Key, Dictionary<string, string> Values)> RowsAbout(IRowSource source, string file, FeedKind kind, IReadOnlySet<long> keys)
    {
        var required = FeedSchemas.Required[kind];
        var c = FeedSchemas.Columns(source, file, required);
        var found = new List<(long, Dictionary<string, string>)>();
        while (source.Read())
        {
            if (!IdKey.TryPack(source.Field(c[0]), out var key, out _) || !keys.Contains(key))
            {
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 1; i < required.Length; i++)
            {
                values[required[i]] = Encoding.UTF8.GetString(source.Field(c[i])).Trim();
            }

            found.Add((key, values));
        }

        return found;
    }
}
