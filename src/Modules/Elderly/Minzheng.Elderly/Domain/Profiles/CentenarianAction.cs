using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Elderly.Domain.Profiles;

internal enum CareActionKind
{
    BirthdayVisit,
    FestivalVisit,
    HealthCheck,
    Allowance,
}

/// <summary>A care action for a centenarian (百岁老人关爱): a birthday or festival visit, a health check, the allowance paid.</summary>
internal sealed class CentenarianAction : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PersonId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public DateOnly ActedOn { get; set; }

    public CareActionKind Kind { get; set; }

    public string Note { get; set; } = string.Empty;

    public string RecordedBy { get; set; } = string.Empty;

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;

    public static string Label(CareActionKind kind) => kind switch
    {
        CareActionKind.BirthdayVisit => "生日慰问",
        CareActionKind.FestivalVisit => "节日慰问",
        CareActionKind.HealthCheck => "健康体检",
        _ => "高龄津贴发放",
    };
}
