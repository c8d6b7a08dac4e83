using Minzheng.Platform.Access;

namespace Minzheng.Elderly.Domain.Services;

internal enum ProviderKind
{
    /// <summary>养老机构.</summary>
    Institution,

    /// <summary>居家养老服务商.</summary>
    HomeService,

    /// <summary>助餐点.</summary>
    MealPoint,
}

/// <summary>An elderly-care provider the district works with: who it is, where, its beds and its 等级 (GB/T 37276, 一级–五级).</summary>
[NotRegionScoped("服务机构是全区共用的名录：各镇街都可向任一机构派单；只由区级登记和修改")]
internal sealed class Provider
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Name { get; set; } = string.Empty;

    public ProviderKind Kind { get; set; }

    /// <summary>The town it serves (9 digits), or the district (6) for one serving every town.</summary>
    public string RegionCode { get; set; } = string.Empty;

    public int Beds { get; set; }

    public int NursingBeds { get; set; }

    /// <summary>0 when not yet rated, else 1–5 (一级–五级).</summary>
    public int Rating { get; set; }

    public string Contact { get; set; } = string.Empty;

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }
}

internal static class ProviderLabels
{
    public static string Of(ProviderKind kind) => kind switch
    {
        ProviderKind.Institution => "养老机构",
        ProviderKind.HomeService => "居家养老服务商",
        _ => "助餐点",
    };

    public static string Rating(int rating) => rating is >= 1 and <= 5 ? $"{"一二三四五"[rating - 1]}级" : "未评级";
}
