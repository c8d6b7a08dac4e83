using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;
using Minzheng.Registry.Data;
using Minzheng.Registry.Features.Shared;

namespace Minzheng.Registry.Features.CreateHousehold;

/// <summary>Registers a household with its head and members in one transaction; every field is checked first.</summary>
internal sealed class CreateHouseholdHandler(RegistryDbContext db, FieldProtector protector, HouseholdWriter writer, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreateHouseholdRequest request, CancellationToken ct = default)
    {
        db.EnsureMayEdit();

        var today = clock.Today();
        var (errors, ids) = await HouseholdValidation.CheckAsync(db, request, today, ct);
        if (!errors.Any)
        {
            var existing = await DuplicateIdCheck.ExistingAsync(db, protector, ids.Select(x => x.Value), ct);
            for (var i = 0; i < ids.Length; i++)
            {
                if (existing.Contains(protector.BlindIndex(ids[i].Value)))
                {
                    errors.Add($"members[{i}].idNumber", DuplicateIdCheck.Message);
                }
            }
        }

        errors.ThrowIfAny();
        var number = await HouseholdNumbers.NextAsync(db, request.RegionCode, ct);
        var household = writer.Add(request, ids, number, today, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DuplicateIdCheck.IsUniqueViolation(e))
        {
            // Two submissions of the same people at once: the loser changes nothing.
            throw new BusinessRuleException(DuplicateIdCheck.Message);
        }

        return household.Id;
    }
}
