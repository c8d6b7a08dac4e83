using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.Meals;

internal sealed record EndEnrolmentRequest(DateOnly? EndedOn);

/// <summary>
/// Ends a 助餐登记 (not before it began, not in the future).
/// </summary>
internal sealed class EndMealEnrolmentHandler(ElderlyDbContext db, IPersonDirectory persons, TimeProvider clock)
{
    public async Task HandleAsync(Guid enrolmentId, EndEnrolmentRequest request, CancellationToken ct = default)
    {
        var enrolment = await db.MealEnrolments.FirstOrDefaultAsync(e => e.Id == enrolmentId, ct) ?? throw new NotFoundException("助餐登记不存在或不在您的管辖范围内");
        _ = await persons.PersonToRecordAsync(db.User, enrolment.PersonId, "结束助餐登记", ct);
        if (enrolment.EndedOn is not null)
        {
            throw new BusinessRuleException("该助餐登记已结束");
        }

        if (request.EndedOn is not { } ended || ended < enrolment.Since || ended > clock.Today())
        {
            throw new InputValidationException("endedOn", "结束日期须在登记日期之后、不晚于今天");
        }

        enrolment.EndedOn = ended;
        await db.SaveChangesAsync(ct);
    }
}
