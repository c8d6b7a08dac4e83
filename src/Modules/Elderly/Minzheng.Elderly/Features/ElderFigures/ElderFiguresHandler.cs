using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Data;
using Minzheng.Platform.Regions;
using Minzheng.Platform.Settings;

namespace Minzheng.Elderly.Features.ElderFigures;

internal sealed record TownElderFigures(string TownName, MonthlyElderFigures Figures);

internal sealed record ElderFiguresView(DateOnly Month, string DisabledLevels, IReadOnlyList<TownElderFigures> Towns);

/// <summary>This month's visit and support figures for each town the user can see, with which levels count as 失能.</summary>
internal sealed class ElderFiguresHandler(ElderlyDbContext db, ElderFiguresReader figures, IRegionDirectory regions, SettingsReader settings, TimeProvider clock)
{
    public async Task<ElderFiguresView> HandleAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var towns = await regions.TownsForAsync(db.User, ct);
        var byTown = await figures.ForMonthAsync(today, towns.Select(t => t.Code).ToList(), ct);
        var from = await DisabledLevels.FromAsync(settings, RegionCode.Parse(VisibleTowns.District), today, ct);
        return new ElderFiguresView(new DateOnly(today.Year, today.Month, 1), DisabledLevels.Describe(from),
            towns.Zip(byTown, (t, f) => new TownElderFigures(t.Name, f)).ToList());
    }
}
