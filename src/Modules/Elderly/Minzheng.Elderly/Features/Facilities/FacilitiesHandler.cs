using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Regions;

namespace Minzheng.Elderly.Features.Facilities;

internal sealed record FacilityRequest(FacilityKind? Kind, string? RegionCode, string? Name, DateOnly? OpenedOn);

internal sealed record FacilityRow(Guid Id, string Kind, string RegionCode, string RegionName, string Name, DateOnly OpenedOn);

internal sealed record CoverageFigure(string Name, int Divisions, int Covered, decimal? Rate);

internal sealed record FacilitiesView(IReadOnlyList<FacilityRow> Facilities, IReadOnlyList<CoverageFigure> Coverage);

/// <summary>The towns' comprehensive centres and the villages' mutual-aid facilities, registered by the district, with the coverage they give.</summary>
internal sealed class FacilitiesHandler(ElderlyDbContext db, IRegionDirectory regions, TimeProvider clock)
{
    public async Task<FacilitiesView> ViewAsync(CancellationToken ct = default)
    {
        var facilities = await db.Facilities.AsNoTracking().OrderBy(f => f.Kind).ThenBy(f => f.RegionCode).ToListAsync(ct);
        var towns = await regions.ChildrenAsync(VisibleTowns.District, ct);
        var villages = new List<RegionEntry>();
        foreach (var town in towns)
        {
            villages.AddRange(await regions.ChildrenAsync(town.Code, ct));
        }

        var names = towns.Concat(villages).ToDictionary(r => r.Code, r => r.Name);
        var today = clock.Today();
        var open = facilities.Where(f => f.OpenedOn <= today).ToList();
        var centres = open.Where(f => f.Kind == FacilityKind.TownCentre).Select(f => f.RegionCode).ToList();
        var mutual = open.Where(f => f.Kind == FacilityKind.MutualAid).Select(f => f.RegionCode).ToList();
        CoverageFigure Figure(string name, List<string> divisions, List<string> covered) =>
            new(name, divisions.Count, divisions.Count(covered.Contains), Coverage.Rate(divisions, covered));
        return new FacilitiesView(
            facilities.Select(f => new FacilityRow(f.Id, Coverage.Label(f.Kind), f.RegionCode, names.GetValueOrDefault(f.RegionCode, f.RegionCode), f.Name, f.OpenedOn)).ToList(),
            [
                Figure("街道综合性养老服务中心覆盖率", towns.Where(t => Coverage.IsSubdistrict(t.Code)).Select(t => t.Code).ToList(), centres),
                Figure("乡镇综合性养老服务中心覆盖率", towns.Where(t => !Coverage.IsSubdistrict(t.Code)).Select(t => t.Code).ToList(), centres),
                Figure("农村互助养老服务设施覆盖率", villages.Where(v => Coverage.IsVillage(v.Code)).Select(v => v.Code).ToList(), mutual),
            ]);
    }

    public async Task<FacilityRow> CreateAsync(FacilityRequest request, CancellationToken ct = default)
    {
        if (!db.User.IsInRole(Roles.DistrictOfficer))
        {
            throw new ForbiddenException("只有区业务股室可以登记养老服务设施");
        }

        var code = request.RegionCode?.Trim() ?? string.Empty;
        var name = request.Name?.Trim() ?? string.Empty;
        var towns = await regions.ChildrenAsync(VisibleTowns.District, ct);
        var errors = new FieldErrors();
        RegionEntry? region = null;
        if (request.Kind == FacilityKind.TownCentre)
        {
            region = towns.FirstOrDefault(t => t.Code == code);
            if (region is null)
            {
                errors.Add("regionCode", "综合性养老服务中心应登记在本区的一个镇（街道）");
            }
        }
        else if (request.Kind == FacilityKind.MutualAid)
        {
            var town = towns.FirstOrDefault(t => code.Length == 12 && code.StartsWith(t.Code, StringComparison.Ordinal));
            region = town is null ? null : (await regions.ChildrenAsync(town.Code, ct)).FirstOrDefault(v => v.Code == code);
            if (region is null || !Coverage.IsVillage(code))
            {
                errors.Add("regionCode", "农村互助养老服务设施应登记在本区的一个村");
            }
        }
        else
        {
            errors.Add("kind", "请选择设施类型");
        }

        if (name.Length is < 2 or > 100)
        {
            errors.Add("name", "请填写设施名称（2–100 字）");
        }

        if (request.OpenedOn is not { } opened || opened > clock.Today())
        {
            errors.Add("openedOn", "请填写建成日期（不能晚于今天）");
        }

        errors.ThrowIfAny();

        var facility = new Facility
        {
            Kind = request.Kind!.Value, RegionCode = code, Name = name, OpenedOn = request.OpenedOn!.Value, RecordedBy = db.User.UserName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Facilities.Add(facility);
        await db.SaveChangesAsync(ct);
        return new FacilityRow(facility.Id, Coverage.Label(facility.Kind), code, region!.Name, name, facility.OpenedOn);
    }
}
