namespace Minzheng.Elderly.Features.ImportRoster;

/// <summary>The columns of an elderly roster (老年人花名册) by their Chinese header names.</summary>
internal static class RosterColumns
{
    public const string IdNumber = "身份证号码";
    public const string Name = "姓名";
    public const string LeftBehind = "留守";
    public const string SeverelyDisabled = "重残";
    public const string FamilyPlanningSpecial = "计划生育特殊家庭";
    public const string Risk = "探访风险等级";
    public const string PlanStartsOn = "探访计划开始日期";

    public static readonly IReadOnlyList<string> Required = [IdNumber, Name];

    /// <summary>The flag columns: a column left out of the file leaves that category as it was.</summary>
    public static readonly IReadOnlyList<string> Flags = [LeftBehind, SeverelyDisabled, FamilyPlanningSpecial];

    /// <summary>A template with the header and two example rows (synthetic ID numbers).</summary>
    public const string TemplateCsv =
        "身份证号码,姓名,留守,重残,计划生育特殊家庭,探访风险等级,探访计划开始日期\r\n" +
        "11010519491231002X,张三,是,否,否,重点,2026-01-01\r\n" +
        "440524188001010014,李四,否,是,,高风险,\r\n";
}
