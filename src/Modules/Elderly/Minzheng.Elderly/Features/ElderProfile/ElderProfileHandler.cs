using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.ElderProfile;

internal sealed class ElderProfileHandler(ElderlyDbContext db, IPersonDirectory persons, RecordCategories.ElderCategoriesReader categories, TimeProvider clock)
{
    public async Task<ElderProfile> HandleAsync(Guid personId, CancellationToken ct = default)
    {
        var person = await persons.FindAsync(personId, ct) ?? throw new NotFoundException("人员不存在或不在您的管辖范围内");
        var today = clock.Today();
        var rows = await db.Assessments.AsNoTracking().Where(a => a.PersonId == personId).OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAtUtc).ToListAsync(ct);
        return new ElderProfile(person, Domain.Ages.On(person.BirthDate, today),
            rows.Select((a, i) => new AssessmentRow(a.Id, a.AssessedOn, a.Assessors, a.Total, a.Level, AbilityLevels.Label(a.Level),
                JsonSerializer.Deserialize<List<string>>(a.ExplanationJson) ?? [], a.ReassessOn, i == 0 && a.ReassessOn <= today)).ToList(),
            db.User.MayRecordFor(person),
            (await categories.ForAsync([person], ct))[person.Id].Select(Domain.Profiles.ElderCategories.Label).ToList(),
            await db.Flags.AsNoTracking().Where(f => f.PersonId == personId).Select(f => new RecordCategories.FlagsRequest(f.LeftBehind, f.SeverelyDisabled, f.FamilyPlanningSpecial))
                .FirstOrDefaultAsync(ct) ?? new RecordCategories.FlagsRequest(false, false, false));
    }
}
