using Microsoft.EntityFrameworkCore;
using Minzheng.Kernel.Calendar;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Calendar;

/// <summary>The loaded years in the database, and putting them in force (<see cref="WorkingDayCalendar.Use"/>).</summary>
public sealed class HolidayCalendar(PlatformDbContext db, TimeProvider clock)
{
    /// <summary>Checks the file as a notice reads and stores it (replacing an earlier load of the same year), then puts it in force here.</summary>
    public async Task<HolidayYear> LoadAsync(string json, string loadedBy, CancellationToken ct = default)
    {
        var year = HolidayYearLoader.Parse(json);
        var record = await db.HolidayYears.FindAsync([year.Year], ct);
        if (record is null)
        {
            record = new HolidayYearRecord { Year = year.Year };
            db.HolidayYears.Add(record);
        }

        record.Source = year.Source.Length > 400 ? year.Source[..400] : year.Source;
        record.Json = json;
        record.LoadedBy = loadedBy;
        record.LoadedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await ApplyAsync(ct);
        return year;
    }

    /// <summary>Puts the shipped and loaded years in force for this process.</summary>
    public async Task ApplyAsync(CancellationToken ct = default)
    {
        var rows = await db.HolidayYears.AsNoTracking().Select(y => y.Json).ToListAsync(ct);
        WorkingDayCalendar.Use(rows.Select(HolidayYearLoader.Parse));
    }

    /// <summary>Every year known, with where it comes from: shipped with the code, or loaded (by whom, when).</summary>
    public async Task<IReadOnlyList<(int Year, string Source, string Origin)>> ListAsync(CancellationToken ct = default)
    {
        var loaded = await db.HolidayYears.AsNoTracking().ToListAsync(ct);
        var shipped = HolidayYearLoader.Shipped().Where(s => loaded.All(l => l.Year != s.Year)).Select(s => (s.Year, s.Source, "随系统发布"));
        return [.. shipped.Concat(loaded.Select(l => (l.Year, l.Source, $"{l.LoadedBy} 于 {ShanghaiClock.ToShanghai(l.LoadedAtUtc):yyyy-MM-dd HH:mm} 导入"))).OrderBy(y => y.Item1)];
    }
}
