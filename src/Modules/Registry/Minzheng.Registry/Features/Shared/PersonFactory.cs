using Minzheng.Kernel.Identity;
using Minzheng.Platform.Security;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.Shared;

/// <summary>Builds a person from a validated ID number: encrypts and indexes the protected fields, derives birth date and sex.</summary>
internal sealed class PersonFactory(FieldProtector protector)
{
    public Person Create(string name, IdNumber id, string? phone, string regionCode, Guid? householdId, Relation relation, Guid? personId = null) => new()
    {
        Id = personId ?? Guid.NewGuid(),
        Name = name.Trim(),
        IdNumberCipher = protector.Encrypt(id.Value),
        IdNumberIndex = protector.BlindIndex(id.Value),
        IdNumberMasked = id.Masked,
        BirthDate = id.BirthDate,
        Sex = id.Sex,
        PhoneCipher = string.IsNullOrWhiteSpace(phone) ? null : protector.Encrypt(phone.Trim()),
        PhoneMasked = string.IsNullOrWhiteSpace(phone) ? null : Masking.Phone(phone.Trim()),
        RegionCode = regionCode,
        HouseholdId = householdId,
        Relation = relation,
        Status = PersonStatus.Alive,
    };
}
