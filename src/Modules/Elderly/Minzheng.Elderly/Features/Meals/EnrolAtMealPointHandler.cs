using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.Meals;

internal sealed record EnrolRequest(Guid? ProviderId, DateOnly? Since);

/// <summary>
/// 助餐登记: makes the elder a client of the meal point, whose account may then record the elder's meals.
/// </summary>
internal sealed class EnrolAtMealPointHandler(ElderlyDbContext db, IPersonDirectory persons, TimeProvider clock)
{
    public async Task<EnrolmentRow> HandleAsync(Guid personId, EnrolRequest request, CancellationToken ct = default)
    {
        var person = await persons.PersonToRecordAsync(db.User, personId, "助餐登记", ct);
        var provider = request.ProviderId is { } pid ? await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        var errors = new FieldErrors();
        if (provider is not { Kind: ProviderKind.MealPoint })
        {
            errors.Add("providerId", "请选择助餐点");
        }

        if (request.Since is not { } since || since > clock.Today())
        {
            errors.Add("since", "请填写登记日期（不能晚于今天）");
        }

        errors.ThrowIfAny();

        if (await db.MealEnrolments.AnyAsync(e => e.PersonId == personId && e.ProviderId == provider!.Id && e.EndedOn == null, ct))
        {
            throw new BusinessRuleException("该老人已在该助餐点登记");
        }

        var enrolment = new MealEnrolment
        {
            PersonId = personId, RegionCode = person.RegionCode, ProviderId = provider!.Id, Since = request.Since!.Value, RecordedBy = db.User.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.MealEnrolments.Add(enrolment);
        await db.SaveChangesAsync(ct);
        return new EnrolmentRow(enrolment.Id, provider.Name, enrolment.Since, null);
    }
}
