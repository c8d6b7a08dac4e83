namespace Minzheng.Registry.Features.GetHousehold;

public sealed record HouseholdDetail(Guid Id, string Number, string RegionCode, string RegionName, Domain.HouseholdKind KindCode, string Kind, string Address,
    string? BankName, string? BankAccount, bool HasBankAccount, int Version, IReadOnlyList<MemberRow> Members, IReadOnlyList<EventRow> History);

public sealed record MemberRow(Guid Id, string Name, string IdNumber, string Sex, DateOnly BirthDate, int Age, string Relation,
    bool IsHead, string Status, string? Phone, bool HasPhone, int Version, bool IsAlive);

public sealed record EventRow(DateOnly Date, string PersonName, string Type, string? Note, string RecordedBy);
