using Minzheng.Platform.Access;
using Minzheng.Kernel.Money;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Errors;

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

    /// <summary>The elder's household: the target counts households (户), and one household has one retrofit open at a time.</summary>
    public Guid? HouseholdId { get; set; }

    /// <summary>Why the household and the elder are in the target group, as checked when applied for.</summary>
    public string Grounds { get; set; } = string.Empty;

    /// <summary>Moved on only by <see cref="Assess"/>, <see cref="StartConstruction"/> and <see cref="Complete"/>, in order.</summary>
    public RetrofitStage Stage { get; private set; }

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

    public int Version { get; private set; }

    /// <summary>评估: the subsidy assessed, within the cap in force on the day.</summary>
    public void Assess(DateOnly on, long subsidyFen, long capFen, DateOnly today, string? note, int? seenVersion)
    {
        Enter(RetrofitStage.Assessed, on, today, seenVersion);
        if (subsidyFen < 0 || subsidyFen > capFen)
        {
            throw new InputValidationException("subsidyYuan", $"核定补贴须在 0 至 {new Money(capFen)} 之间");
        }

        SubsidyFen = subsidyFen;
        AssessedOn = on;
        Moved(note);
    }

    /// <summary>施工: with a photo of the home before.</summary>
    public void StartConstruction(DateOnly on, (string Name, byte[] Bytes) photoBefore, DateOnly today, string? note, int? seenVersion)
    {
        Enter(RetrofitStage.Construction, on, today, seenVersion);
        (PhotoBeforeName, PhotoBefore) = photoBefore;
        ConstructionOn = on;
        Moved(note);
    }

    /// <summary>验收: with a photo of the home after; the retrofit is done.</summary>
    public void Complete(DateOnly on, (string Name, byte[] Bytes) photoAfter, DateOnly today, string? note, int? seenVersion)
    {
        Enter(RetrofitStage.Accepted, on, today, seenVersion);
        (PhotoAfterName, PhotoAfter) = photoAfter;
        AcceptedOn = on;
        Moved(note);
    }

    /// <summary>Throws the Chinese reason unless <paramref name="stage"/> is the next one and the record is as the user saw it.</summary>
    public void EnsureNext(RetrofitStage stage, int? seenVersion)
    {
        if (Stage == RetrofitStage.Accepted || stage != Stage + 1)
        {
            throw new BusinessRuleException(Stage == RetrofitStage.Accepted
                ? "改造已验收"
                : $"当前为“{RetrofitItems.Label(Stage)}”阶段，下一步应为“{RetrofitItems.Label(Stage + 1)}”，不能跳过");
        }

        if (seenVersion is { } seen && seen != Version)
        {
            throw new BusinessRuleException("改造记录已被他人更新，请刷新后重试");
        }
    }

    /// <summary>The last stage's date: a stage is dated on or after it, and not after today.</summary>
    public DateOnly LastDate => ConstructionOn ?? AssessedOn ?? AppliedOn;

    private void Enter(RetrofitStage stage, DateOnly on, DateOnly today, int? seenVersion)
    {
        EnsureNext(stage, seenVersion);
        if (on < LastDate || on > today)
        {
            throw new InputValidationException("on", $"日期须在 {LastDate:yyyy-MM-dd} 至今天之间");
        }
    }

    private void Moved(string? note)
    {
        Stage++;
        Note = note?.Trim() is { Length: > 0 } text ? text : Note;
        Version++;
    }

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
