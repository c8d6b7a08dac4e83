using Minzheng.Platform.Errors;
using Minzheng.Kernel.Identity;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;
using Minzheng.Registry.Features.CreateHousehold;

namespace Minzheng.Registry.Features.Shared;

/// <summary>
/// The rules of a new household, shared by the form, the API and the file import: field errors under
/// "regionCode", "address", "members[i].idNumber" …, and the parsed ID numbers when all is well.
/// </summary>
internal static class HouseholdValidation
{
    public static async Task<(FieldErrors Errors, IdNumber[] Ids)> CheckAsync(RegistryDbContext db, CreateHouseholdRequest request, DateOnly today, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Add("regionCode", await RegionChecks.VillageAsync(db, request.RegionCode, ct));
        errors.Add("address", InputRules.Address(request.Address));
        errors.Add("bankAccount", InputRules.BankAccount(request.BankAccount));
        if (!string.IsNullOrWhiteSpace(request.BankAccount) && string.IsNullOrWhiteSpace(request.BankName))
        {
            errors.Add("bankName", "填写银行账号时须填写开户银行");
        }

        if (request.Members.Count == 0)
        {
            errors.Add("members", "至少需要一名家庭成员（户主）");
        }
        else if (request.Members.Count(m => m.Relation == Relation.Head) != 1)
        {
            errors.Add("members", "一户必须有且只有一名户主");
        }

        var ids = new IdNumber[request.Members.Count];
        var seen = new HashSet<string>();
        for (var i = 0; i < request.Members.Count; i++)
        {
            var m = request.Members[i];
            errors.Add($"members[{i}].name", InputRules.Name(m.Name));
            var idError = InputRules.IdNumber(m.IdNumber, today, out ids[i]);
            errors.Add($"members[{i}].idNumber", idError);
            if (idError is null && !seen.Add(ids[i].Value))
            {
                errors.Add($"members[{i}].idNumber", "同一身份证号码在本户中重复");
            }

            errors.Add($"members[{i}].phone", InputRules.Phone(m.Phone));
        }

        return (errors, ids);
    }
}
