namespace Minzheng.Registry.Features.ImportHouseholds;

/// <summary>The columns of a household roster file, by their Chinese header names.</summary>
internal static class ImportColumns
{
    public const string HouseholdKey = "户序号";
    public const string RegionCode = "村社区代码";
    public const string Kind = "城乡类别";
    public const string Address = "地址";
    public const string Name = "姓名";
    public const string IdNumber = "身份证号码";
    public const string Relation = "与户主关系";
    public const string Phone = "联系电话";
    public const string BankName = "开户银行";
    public const string BankAccount = "银行账号";

    public static readonly IReadOnlyList<string> Required = [HouseholdKey, RegionCode, Kind, Address, Name, IdNumber, Relation];

    public static readonly IReadOnlyList<string> All = [HouseholdKey, RegionCode, Kind, Address, Name, IdNumber, Relation, Phone, BankName, BankAccount];

    /// <summary>A template with the header and one example household (synthetic ID numbers).</summary>
    public const string TemplateCsv =
        "户序号,村社区代码,城乡类别,地址,姓名,身份证号码,与户主关系,联系电话,开户银行,银行账号\r\n" +
        "1,430408001001,城镇,蒸湘北路1号,张三,11010519491231002X,户主,13800138000,衡阳农商银行,6217000011112222333\r\n" +
        "1,430408001001,城镇,蒸湘北路1号,李四,440524188001010014,配偶,,,\r\n";
}
