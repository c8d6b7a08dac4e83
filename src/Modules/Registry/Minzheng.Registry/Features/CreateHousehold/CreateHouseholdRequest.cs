using Minzheng.Registry.Domain;
using Minzheng.Registry.Features.Shared;

namespace Minzheng.Registry.Features.CreateHousehold;

internal sealed class CreateHouseholdRequest
{
    /// <summary>The 12-digit village/community the household lives in.</summary>
    public string RegionCode { get; set; } = string.Empty;

    public HouseholdKind Kind { get; set; }

    public string Address { get; set; } = string.Empty;

    public string? BankName { get; set; }

    public string? BankAccount { get; set; }

    public List<MemberInput> Members { get; set; } = [new MemberInput()];
}
