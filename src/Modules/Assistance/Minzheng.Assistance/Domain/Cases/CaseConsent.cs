using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Assistance.Domain.Cases;

/// <summary>
/// The signed 核对授权书 of a case, in a table of its own: the case row carries its name and SM3 only, so loading or
/// updating cases (the payroll, the monthly match) never drags the document along.
/// </summary>
internal sealed class CaseConsent : IRegionOwned
{
    public Guid CaseId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    [ProtectedField]
    public byte[] Bytes { get; set; } = [];
}
