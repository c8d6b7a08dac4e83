using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Regions;

namespace Minzheng.Elderly.Features.Providers;

internal sealed record ProviderRequest(string? Name, ProviderKind? Kind, string? RegionCode, int? Beds, int? NursingBeds, int? Rating, string? Contact);

/// <summary>
/// Registers a provider (the district only): a unique name, its kind, the district or one of its towns, beds, rating.
/// </summary>
internal sealed class RegisterProviderHandler(ElderlyDbContext db, IRegionDirectory regions, TimeProvider clock)
{
    public async Task<ProviderRow> HandleAsync(ProviderRequest request, CancellationToken ct = default)
    {
        if (!db.User.IsInRole(Roles.DistrictOfficer))
        {
            throw new ForbiddenException("只有区业务股室可以登记服务机构");
        }

        var name = request.Name?.Trim() ?? string.Empty;
        var region = request.RegionCode?.Trim() ?? string.Empty;
        var towns = await regions.ChildrenAsync(VisibleTowns.District, ct);
        var errors = new FieldErrors();
        if (name.Length is < 2 or > 100)
        {
            errors.Add("name", "请填写机构名称（2–100 字）");
        }

        if (request.Kind is null)
        {
            errors.Add("kind", "请选择机构类型");
        }

        if (region != VisibleTowns.District && towns.All(t => t.Code != region))
        {
            errors.Add("regionCode", "服务区域应为本区或本区的一个镇街");
        }

        if (request.Beds is not >= 0 || request.NursingBeds is not >= 0 || request.NursingBeds > request.Beds)
        {
            errors.Add("nursingBeds", "床位数不能为负，护理型床位不能多于总床位");
        }

        if (request.Rating is not (>= 0 and <= 5))
        {
            errors.Add("rating", "等级为 0（未评级）或 1–5（一级至五级）");
        }

        errors.ThrowIfAny();

        if (await db.Providers.AnyAsync(p => p.Name == name, ct))
        {
            throw new BusinessRuleException($"已登记名为“{name}”的机构");
        }

        var provider = new Provider
        {
            Name = name, Kind = request.Kind!.Value, RegionCode = region, Beds = request.Beds!.Value, NursingBeds = request.NursingBeds!.Value,
            Rating = request.Rating!.Value, Contact = request.Contact?.Trim() ?? string.Empty, RecordedBy = db.User.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Providers.Add(provider);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException($"已登记名为“{name}”的机构");
        }

        return ProviderRow.Of(provider);
    }
}
