using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Platform.Indicators;
using Minzheng.Platform.Regions;

namespace Minzheng.Elderly.Features.PublishIndicators;

/// <summary>
/// Coverage for the work plan (points 24 and 27): 街道 and 乡镇 with a comprehensive centre, 村 with a mutual-aid facility,
/// open by the period's end — within each requested region.
/// </summary>
internal sealed class FacilityIndicators(ElderlyDbContext db, IRegionDirectory regions) : IIndicatorSource
{
    public const string SubdistrictCentres = "elderly.centre_coverage_subdistrict";
    public const string TownshipCentres = "elderly.centre_coverage_township";
    public const string RuralFacilities = "elderly.rural_facility_coverage";

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } =
    [
        new(SubdistrictCentres, "街道综合性养老服务中心覆盖率", "%", true, ElderlyDefaults.Module),
        new(TownshipCentres, "乡镇综合性养老服务中心覆盖率", "%", true, ElderlyDefaults.Module),
        new(RuralFacilities, "农村互助养老服务设施覆盖率", "%", true, ElderlyDefaults.Module),
    ];

    public async Task<IReadOnlyList<IndicatorValue>> ReadAsync(string key, IndicatorPeriod period, IReadOnlyList<string> regionCodes, CancellationToken ct = default)
    {
        var kind = key == RuralFacilities ? FacilityKind.MutualAid : FacilityKind.TownCentre;
        var covered = await db.Facilities.AsNoTracking().Where(f => f.Kind == kind && f.OpenedOn <= period.To).Select(f => f.RegionCode).ToListAsync(ct);
        var towns = await regions.ChildrenAsync(VisibleTowns.District, ct);
        List<string> divisions;
        if (key == RuralFacilities)
        {
            divisions = [];
            foreach (var town in towns)
            {
                divisions.AddRange((await regions.ChildrenAsync(town.Code, ct)).Select(v => v.Code).Where(Coverage.IsVillage));
            }
        }
        else
        {
            divisions = towns.Select(t => t.Code).Where(c => Coverage.IsSubdistrict(c) == (key == SubdistrictCentres)).ToList();
        }

        return regionCodes.Select(code => new IndicatorValue(code, Coverage.Rate(divisions.Where(d => d.StartsWith(code, StringComparison.Ordinal)).ToList(), covered))).ToList();
    }
}
