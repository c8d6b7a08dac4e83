using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain;
using Minzheng.Elderly.Domain.Profiles;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.Centenarians;

/// <summary><see cref="Kind"/> is a <see cref="CareActionKind"/> name, read after the person is found (a bad one is a 400, never a 404's stand-in).</summary>
internal sealed record CareActionRequest(string? Kind, DateOnly? ActedOn, string? Note);

internal sealed record CentenarianRow(Guid PersonId, string Name, string IdNumberMasked, string RegionCode, int Age, string? LastAction, DateOnly? LastActedOn, int ActionsThisYear);

/// <summary>百岁老人 in the user's regions with their care actions: the list, and recording an action.</summary>
internal sealed class CentenariansHandler(ElderlyDbContext db, IPersonDirectory persons, TimeProvider clock)
{
    public const int Age = 100;

    public async Task<IReadOnlyList<CentenarianRow>> ListAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var (people, _) = await persons.SearchAsync(Age, null, null, 1, 100, ct);
        var ids = people.Select(p => p.Id).ToList();
        var actions = await db.CentenarianActions.AsNoTracking().Where(a => ids.Contains(a.PersonId)).ToListAsync(ct);
        return people.Select(p =>
        {
            var mine = actions.Where(a => a.PersonId == p.Id).OrderByDescending(a => a.ActedOn).ToList();
            return new CentenarianRow(p.Id, p.Name, p.IdNumberMasked, p.RegionCode, Ages.On(p.BirthDate, today),
                mine.FirstOrDefault() is { } last ? CentenarianAction.Label(last.Kind) : null, mine.FirstOrDefault()?.ActedOn, mine.Count(a => a.ActedOn.Year == today.Year));
        }).ToList();
    }

    public async Task RecordAsync(Guid personId, CareActionRequest request, CancellationToken ct = default)
    {
        var person = await persons.PersonToRecordAsync(db.User, personId, "登记百岁老人关爱", ct);
        var today = clock.Today();
        if (Ages.On(person.BirthDate, today) < Age)
        {
            throw new BusinessRuleException("该老人未满 100 周岁");
        }

        var note = request.Note?.Trim() ?? string.Empty;
        var errors = new FieldErrors();
        if (!Enum.TryParse<CareActionKind>(request.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add("kind", "请选择关爱类型");
        }

        if (request.ActedOn is not { } on || on > today)
        {
            errors.Add("actedOn", "请填写日期（不能晚于今天）");
        }

        if (note.Length is < 2 or > 500)
        {
            errors.Add("note", "请填写情况说明（2–500 字）");
        }

        errors.ThrowIfAny();

        db.CentenarianActions.Add(new CentenarianAction
        {
            PersonId = personId, RegionCode = person.RegionCode, Kind = kind, ActedOn = request.ActedOn!.Value, Note = note, RecordedBy = db.User.UserName,
        });
        await db.SaveChangesAsync(ct);
    }
}
