using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;
using Minzheng.Registry.Data;
using Minzheng.Registry.Features.Shared;

namespace Minzheng.Registry.Features.EditPerson;

internal sealed class EditPersonHandler(RegistryDbContext db, FieldProtector protector)
{
    public async Task HandleAsync(Guid id, EditPersonRequest request, CancellationToken ct = default)
    {
        db.EnsureMayEdit();

        var person = await db.PersonInScopeAsync(id, ct);
        var errors = new FieldErrors();
        errors.Add("name", InputRules.Name(request.Name));
        errors.Add("phone", InputRules.Phone(request.Phone));
        errors.ThrowIfAny();
        if (request.Version != person.Version)
        {
            throw new BusinessRuleException("该人员信息已被他人修改，请刷新后重试");
        }

        person.Name = request.Name.Trim();
        if (!string.IsNullOrWhiteSpace(request.Phone))
        {
            person.PhoneCipher = protector.Encrypt(request.Phone.Trim());
            person.PhoneMasked = Masking.Phone(request.Phone.Trim());
        }

        person.Version++;
        await db.SaveChangesAsync(ct);
    }
}
