using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;
using Minzheng.Registry.Data;
using Minzheng.Registry.Features.Shared;

namespace Minzheng.Registry.Features.EditHousehold;

internal sealed class EditHouseholdHandler(RegistryDbContext db, FieldProtector protector)
{
    public async Task HandleAsync(Guid id, EditHouseholdRequest request, CancellationToken ct = default)
    {
        db.EnsureMayEdit();

        var household = await db.HouseholdInScopeAsync(id, ct);
        var errors = new FieldErrors();
        errors.Add("address", InputRules.Address(request.Address));
        errors.Add("bankAccount", InputRules.BankAccount(request.BankAccount));
        var hasAccount = !string.IsNullOrWhiteSpace(request.BankAccount) || household.BankAccountCipher is not null;
        if (hasAccount && string.IsNullOrWhiteSpace(request.BankName))
        {
            errors.Add("bankName", "有银行账号时须填写开户银行");
        }

        errors.ThrowIfAny();
        if (request.Version != household.Version)
        {
            throw new BusinessRuleException("该户信息已被他人修改，请刷新后重试");
        }

        household.Kind = request.Kind;
        household.Address = request.Address.Trim();
        household.BankName = string.IsNullOrWhiteSpace(request.BankName) ? null : request.BankName.Trim();
        if (!string.IsNullOrWhiteSpace(request.BankAccount))
        {
            household.BankAccountCipher = protector.Encrypt(request.BankAccount.Trim());
            household.BankAccountMasked = Masking.BankAccount(request.BankAccount.Trim());
        }

        household.Version++;
        await db.SaveChangesAsync(ct);
    }
}
