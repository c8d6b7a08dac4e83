using Minzheng.Registry.Features.Shared;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;
using Minzheng.Registry.Data;

namespace Minzheng.Registry.Features.RevealField;

/// <summary>
/// Decrypts one field of a person (ID number, phone) or a household (bank account) for a user whose role
/// may reveal, inside their regions, and writes an audit row with the stated purpose in the same transaction.
/// </summary>
internal sealed class RevealFieldHandler(RegistryDbContext db, FieldProtector protector, TimeProvider clock)
{
    public const int MinimumPurposeLength = 4;

    public async Task<RevealResult> RevealPersonAsync(Guid personId, RevealRequest request, CancellationToken ct = default)
    {
        EnsureRole();
        var person = await db.PersonInScopeAsync(personId, ct);
        Check(request, RevealableField.IdNumber, RevealableField.Phone);
        var cipher = request.Field == RevealableField.IdNumber ? person.IdNumberCipher : person.PhoneCipher
                     ?? throw new BusinessRuleException("该人员未登记电话");
        await AuditAsync("Person", person.Id.ToString(), person.RegionCode, request, ct);
        return new RevealResult(protector.Decrypt(cipher));
    }

    public async Task<RevealResult> RevealHouseholdAsync(Guid householdId, RevealRequest request, CancellationToken ct = default)
    {
        EnsureRole();
        var household = await db.HouseholdInScopeAsync(householdId, ct);
        Check(request, RevealableField.BankAccount);
        var cipher = household.BankAccountCipher ?? throw new BusinessRuleException("该户未登记银行账号");
        await AuditAsync("Household", household.Id.ToString(), household.RegionCode, request, ct);
        return new RevealResult(protector.Decrypt(cipher));
    }

    // Order matters: a forbidden role learns nothing (403), a record outside the regions is not found (404),
    // and only then is the request itself checked (400).
    private void EnsureRole()
    {
        if (!db.User.MayReveal)
        {
            throw new ForbiddenException("您的角色不能查看完整的敏感信息");
        }
    }

    private static void Check(RevealRequest request, params RevealableField[] allowed)
    {
        if (!allowed.Contains(request.Field))
        {
            throw new InputValidationException("field", "该记录没有此敏感字段");
        }

        if (string.IsNullOrWhiteSpace(request.Purpose) || request.Purpose.Trim().Length < MinimumPurposeLength)
        {
            throw new InputValidationException("purpose", $"请填写查看用途（至少{MinimumPurposeLength}个字）");
        }
    }

    private async Task AuditAsync(string type, string id, string region, RevealRequest request, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime, UserId = db.User.UserId, UserName = db.User.UserName, Action = AuditActions.Reveal,
            EntityType = type, EntityId = id, RegionCode = region, Purpose = request.Purpose.Trim(),
            Details = $"{{\"field\":\"{request.Field}\"}}",
        });
        await db.SaveChangesAsync(ct);
    }
}
