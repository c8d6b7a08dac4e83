using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Programmes;

namespace Minzheng.Assistance.Features.ApplyForAssistance;

/// <summary>
/// A case number people can read out and file by: the programme's letters, the day of 受理 and that day's serial —
/// DB202210150003 is the third 低保 application of 15 October 2022 in the district. The unique index settles two taken at once.
/// </summary>
internal static class CaseNumbers
{
    private const int SerialDigits = 4;

    public static string Stem(Programme p, DateOnly day) => $"{Prefix(p)}{day:yyyyMMdd}";

    public static async Task<string> NextAsync(AssistanceDbContext db, Programme programme, DateOnly day, CancellationToken ct)
    {
        var stem = Stem(programme, day);
        var taken = await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Number.StartsWith(stem) && c.Number.Length == stem.Length + SerialDigits)
            .Select(c => c.Number).ToListAsync(ct);
        var last = taken.Select(n => int.TryParse(n.AsSpan(stem.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0)
            .DefaultIfEmpty(0).Max();
        return stem + (last + 1).ToString($"D{SerialDigits}", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Prefix(Programme p) => p switch
    {
        Programme.Tekun => "TK", Programme.Dibao => "DB", Programme.Edge => "BY", Programme.DisabilityLiving => "CS", Programme.DisabilityCare => "CH",
        Programme.Temporary => "LS", _ => "GX",
    };
}
