using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.HomeCare;

internal sealed record EndBedRequest(DateOnly? EndedOn);

/// <summary>
/// Ends the elder's open 家庭养老床位 (撤床), not before it began nor in the future.
/// </summary>
internal sealed class EndBedHandler(ElderlyDbContext db, IPersonDirectory persons, TimeProvider clock)
{
    public async Task HandleAsync(Guid personId, EndBedRequest request, CancellationToken ct = default)
    {
        _ = await persons.PersonToRecordAsync(db.User, personId, "撤销家庭养老床位", ct);
        var bed = await db.Beds.FirstOrDefaultAsync(b => b.PersonId == personId && b.EndedOn == null, ct) ?? throw new BusinessRuleException("该老人没有在用的家庭养老床位");
        if (request.EndedOn is not { } ended || ended < bed.StartsOn || ended > clock.Today())
        {
            throw new InputValidationException("endedOn", "撤床日期须在建床日期之后、不晚于今天");
        }

        bed.EndedOn = ended;
        await db.SaveChangesAsync(ct);
    }
}
