using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Elderly.Domain.Retrofits;

/// <summary>The stages of a 居家适老化改造, in order; none may be skipped.</summary>
internal enum RetrofitStage
{
    Applied,
    Assessed,
    Construction,
    Accepted,
}

/// <summary>
/// A home retrofit for an elder of a household in hardship (work point 8: 1200 in 2022): the items chosen (基础类 and
/// 可选类), the subsidy assessed, photos before and after, and the date of each stage.
/// </summary>
internal sealed class Retrofit : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PersonId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public RetrofitStage Stage { get; set; }

    /// <summary>Items chosen, separated by 、 (from <see cref="RetrofitItems"/>).</summary>
    public string Items { get; set; } = string.Empty;

    public long? SubsidyFen { get; set; }

    public DateOnly AppliedOn { get; set; }

    public DateOnly? AssessedOn { get; set; }

    public DateOnly? ConstructionOn { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    public string? Note { get; set; }

    public string? PhotoBeforeName { get; set; }

    [ProtectedField] // a photo of a home: kept out of the audit trail
    public byte[]? PhotoBefore { get; set; }

    public string? PhotoAfterName { get; set; }

    [ProtectedField]
    public byte[]? PhotoAfter { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public int Version { get; set; }

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}

/// <summary>The items of a retrofit (民政部 居家适老化改造项目: 基础类 are the basic ones every retrofit has at least one of).</summary>
internal static class RetrofitItems
{
    public static readonly IReadOnlyList<string> Basic = ["地面防滑处理", "扶手安装", "高差处理", "床边护栏", "紧急呼叫装置"];

    public static readonly IReadOnlyList<string> Optional = ["智能监测设备", "助浴椅", "轮椅", "适老家具", "感应夜灯"];

    public static string Label(RetrofitStage stage) => stage switch
    {
        RetrofitStage.Applied => "申请",
        RetrofitStage.Assessed => "评估",
        RetrofitStage.Construction => "施工",
        _ => "验收",
    };
}
