using Minzheng.Matching.Engine;

namespace Minzheng.Monitoring.Domain;

/// <summary>One column of a feed's layout, as partner departments are told to send it.</summary>
internal sealed record FeedColumn(string Name, string Meaning);

/// <summary>A feed type of the catalogue: which department sends it, its columns (MATCHING.md), and what it is checked for.</summary>
internal sealed record FeedType(FeedKind Kind, string Name, string Department, IReadOnlyList<FeedColumn> Columns, string Checks)
{
    public string Key => Kind.Name();
}

/// <summary>The partner departments' feeds the monthly job reads (PRODUCT.md §2.3, MATCHING.md "Feeds").</summary>
internal static class FeedCatalogue
{
    public static IReadOnlyList<FeedType> All { get; } =
    [
        new(FeedKind.Deaths, "死亡人员信息", "公安局 / 殡葬管理所", [new("id_number", "身份证号"), new("death_date", "死亡日期 YYYY-MM-DD")], "死亡：停发待核实"),
        new(FeedKind.Vehicles, "机动车登记信息", "公安交警", [new("owner_id_number", "车主身份证号"), new("plate", "号牌"), new("vehicle_type", "车辆类型"), new("value_yuan", "车辆价值（元）")], "车辆价值超过限额：资格复核"),
        new(FeedKind.Business, "工商登记信息", "市场监督管理局", [new("legal_rep_id_number", "法定代表人身份证号"), new("credit_code", "统一社会信用代码"), new("name", "企业名称"), new("registered_capital_yuan", "注册资本（元）"), new("status", "状态（active 为存续）")], "存续企业法定代表人：资格复核"),
        new(FeedKind.Property, "不动产登记信息", "不动产登记中心", [new("owner_id_number", "权利人身份证号"), new("certificate_no", "不动产权证号"), new("area_m2", "面积（平方米）")], "家庭拥有多套房产：资格复核"),
        new(FeedKind.Medical, "医保结算信息", "医疗保障局", [new("id_number", "身份证号"), new("settled_on", "结算日期 YYYY-MM-DD"), new("total_yuan", "总费用（元）"), new("out_of_pocket_yuan", "个人自付（元）")], "近一年自付医疗费用高：预警，可能需要救助"),
    ];

    public static FeedType? Find(string key) => All.FirstOrDefault(t => string.Equals(t.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));
}
