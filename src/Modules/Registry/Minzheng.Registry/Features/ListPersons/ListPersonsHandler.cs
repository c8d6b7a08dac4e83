using Minzheng.Platform.Errors;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.Platform.Paging;
using Minzheng.Platform.Security;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.ListPersons;

internal sealed class PersonFilter
{
    public string? RegionCode { get; set; }

    public string? Name { get; set; }

    public string? IdNumber { get; set; }

    public PersonStatus? Status { get; set; }

    public int? MinAge { get; set; }

    public int Page { get; set; } = 1;

    public int Size { get; set; } = 20;
}

internal sealed record PersonRow(Guid Id, string Name, string IdNumber, string Sex, DateOnly BirthDate, string Status, string RegionCode, Guid? HouseholdId, string Relation);

internal sealed class ListPersonsHandler(RegistryDbContext db, FieldProtector protector, TimeProvider clock)
{
    public async Task<PagedResult<PersonRow>> HandleAsync(PersonFilter filter, CancellationToken ct = default)
    {
        var page = new PageRequest(filter.Page, filter.Size);
        var q = db.Persons.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.RegionCode))
        {
            q = q.Where(p => p.RegionCode.StartsWith(filter.RegionCode));
        }

        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            q = q.Where(p => p.Name.Contains(filter.Name.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.IdNumber))
        {
            var index = protector.BlindIndex(filter.IdNumber);
            q = q.Where(p => p.IdNumberIndex == index);
        }

        if (filter.Status is { } status)
        {
            q = q.Where(p => p.Status == status);
        }

        if (filter.MinAge is { } minAge)
        {
            if (minAge is < 0 or > 150)
            {
                throw new InputValidationException("minAge", "年龄应在 0 至 150 之间");
            }

            var born = clock.Today().AddYears(-minAge);
            q = q.Where(p => p.BirthDate <= born);
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(p => p.RegionCode).ThenBy(p => p.Name).Skip(page.Skip).Take(page.SafeSize).ToListAsync(ct);
        return new PagedResult<PersonRow>(
            rows.Select(p => new PersonRow(p.Id, p.Name, p.IdNumberMasked, RegistryLabels.Of(p.Sex), p.BirthDate, RegistryLabels.Of(p.Status),
                p.RegionCode, p.HouseholdId, RegistryLabels.Of(p.Relation))).ToList(),
            total, page.SafePage, page.SafeSize);
    }
}
