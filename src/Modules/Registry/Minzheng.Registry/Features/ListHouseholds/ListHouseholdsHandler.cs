using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Paging;
using Minzheng.Platform.Security;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.ListHouseholds;

internal sealed class ListHouseholdsHandler(RegistryDbContext db, FieldProtector protector)
{
    public async Task<PagedResult<HouseholdRow>> HandleAsync(HouseholdFilter filter, CancellationToken ct = default)
    {
        var page = new PageRequest(filter.Page, filter.Size);
        var query = db.Households.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.RegionCode))
        {
            if (!filter.RegionCode.All(char.IsAsciiDigit))
            {
                throw new InputValidationException("regionCode", "区划代码只能包含数字");
            }

            query = query.Where(h => h.RegionCode.StartsWith(filter.RegionCode));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(h => h.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Keyword))
        {
            var k = filter.Keyword.Trim();
#pragma warning disable CA1307 // an EF query: Contains(string) becomes LIKE; the overload with a StringComparison has no SQL translation
            query = query.Where(h => h.Number.Contains(k) || h.Address.Contains(k) || h.Members.Any(m => m.Name.Contains(k)));
#pragma warning restore CA1307
        }

        if (!string.IsNullOrWhiteSpace(filter.IdNumber))
        {
            var index = protector.BlindIndex(filter.IdNumber);
            query = query.Where(h => h.Members.Any(m => m.IdNumberIndex == index));
        }

        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(h => h.Number)
            .Skip(page.Skip)
            .Take(page.SafeSize)
            .Select(h => new
            {
                h.Id, h.Number, h.RegionCode, h.Kind, h.Address,
                Head = h.Members.Where(m => m.Id == h.HeadPersonId).Select(m => new { m.Name, m.IdNumberMasked }).FirstOrDefault(),
                Count = h.Members.Count(m => m.Status == PersonStatus.Alive),
            })
            .ToListAsync(ct);
        var codes = rows.Select(r => r.RegionCode).Distinct().ToList();
        var names = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return new PagedResult<HouseholdRow>(
            rows.Select(r => new HouseholdRow(r.Id, r.Number, r.RegionCode, names.GetValueOrDefault(r.RegionCode, r.RegionCode),
                RegistryLabels.Of(r.Kind), r.Address, r.Head?.Name, r.Head?.IdNumberMasked, r.Count)).ToList(),
            total, page.SafePage, page.SafeSize);
    }
}
