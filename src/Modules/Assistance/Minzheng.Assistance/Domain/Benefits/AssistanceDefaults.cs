using Minzheng.Kernel.Money;
using Minzheng.Platform.Settings;

namespace Minzheng.Assistance.Domain.Benefits;

/// <summary>The 2022 values the seed states, as effective-dated settings for 蒸湘区 (DOMAIN-RULES §13, §14).</summary>
internal static class AssistanceDefaults
{
    public const string Module = "社会救助";

    /// <summary>The one vehicle rule's value: a vehicle worth more counts (routing, the 核对 report, the monthly match).</summary>
    public const string VehicleCountedAbove = "asset.vehicle.counted_above_fen";

    public static IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        new("dibao.standard.urban_monthly_fen", Module, "城市低保标准", "元/月", SettingKind.Money),
        new("dibao.standard.rural_annual_fen", Module, "农村低保标准", "元/年", SettingKind.Money),
        new("dibao.edge_multiplier", Module, "低保边缘收入倍数", "倍", SettingKind.Ratio),
        new("tekun.basic_multiplier", Module, "特困基本生活标准（低保标准的倍数）", "倍", SettingKind.Ratio),
        new("tekun.care_divisor.full", Module, "特困照料护理：全自理为上年度最低工资的 1/N（填 N）", "", SettingKind.Count, Minimum: 1),
        new("tekun.care_divisor.partial", Module, "特困照料护理：半护理为上年度最低工资的 1/N（填 N）", "", SettingKind.Count, Minimum: 1),
        new("tekun.care_divisor.none", Module, "特困照料护理：全护理为上年度最低工资的 1/N（填 N）", "", SettingKind.Count, Minimum: 1),
        new("assist.minimum_monthly_payment_fen", Module, "保底发放额（按月计算不足此数的按此数发放；填 0 为不设保底）", "元/月", SettingKind.Money),
        new("disability.living_subsidy_fen", Module, "困难残疾人生活补贴", "元/月", SettingKind.Money),
        new("disability.care_subsidy_fen", Module, "重度残疾人护理补贴", "元/月", SettingKind.Money),
        SettingDefinition.Switch("disability.care_grade34_mental_long_term", Module, "重度残疾人护理补贴的范围", "扩大到需长期照护的三、四级智力和精神残疾人", "仅一、二级残疾人"),
        SettingDefinition.Switch("disability.living_includes_edge", Module, "困难残疾人生活补贴的范围", "低保对象和低保边缘家庭的残疾人", "仅低保对象中的残疾人"),
        new("dibao.publicity_days", Module, "公示天数", "天", SettingKind.Count, Minimum: 1, Maximum: 30),
        new("tekun.termination_publicity_days", Module, "特困终止供养：公示天数", "天", SettingKind.Count, Minimum: 1, Maximum: 30),
        new("tekun.termination_objection_days", Module, "特困终止供养：对公示有异议的，重新调查核实并作出决定的时限", "工作日", SettingKind.Count, Minimum: 1),
        new("dibao.review_months.stable", Module, "基本稳定家庭复核周期", "月", SettingKind.Count, Minimum: 1, Maximum: 36),
        new("dibao.review_months.workable", Module, "有劳动能力成员家庭复核周期", "月", SettingKind.Count, Minimum: 1, Maximum: 36),
        new("dibao.gradual_exit_months", Module, "渐退期（收入超过标准后继续发放的月数）", "月", SettingKind.Count, Minimum: 0, Maximum: 12),
        new("assist.deadline.accept_days", Module, "办理时限：受理网上申请", "工作日", SettingKind.Count, Minimum: 1),
        new("assist.online_code_minutes", Module, "网上申请验证码有效期", "分钟", SettingKind.Count, Minimum: 1, Maximum: 60),
        new("assist.deadline.verification_days", Module, "办理时限：家庭经济状况核对", "工作日", SettingKind.Count, Minimum: 1),
        new("assist.deadline.investigation_days", Module, "办理时限：入户调查", "工作日", SettingKind.Count, Minimum: 1),
        new("assist.deadline.town_review_days", Module, "办理时限：乡镇（街道）初审", "工作日", SettingKind.Count, Minimum: 1),
        new("assist.deadline.district_review_days", Module, "办理时限：区民政局审核确认", "工作日", SettingKind.Count, Minimum: 1),
        new("assist.deadline.total_days", Module, "办结时限：自受理之日起完成审核确认", "工作日", SettingKind.Count, Minimum: 1),
        new("assist.deadline.extension_days", Module, "办结时限：特殊情况可延长", "工作日", SettingKind.Count, Minimum: 1),
        SettingDefinition.Switch("assist.deadline.total_includes_publicity", Module, "办结时限与公示期", "办结时限包含公示期", "不包含，公示期顺延"),
        new("dibao.asset.deposit_years", Module, "财产：金融资产上限（年低保标准 × 家庭人数的倍数）", "倍", SettingKind.Ratio),
        new(VehicleCountedAbove, Module, "财产：计入的机动车价值下限（价值不超过此数的低值车辆与残疾人功能性补偿代步车不计；核对报告与监测比对同用）", "元", SettingKind.Money),
        new("dibao.asset.max_vehicles", Module, "财产：机动车上限（只计价值超过计入下限的车辆）", "辆", SettingKind.Count, Minimum: 0, Maximum: 5),
        new("dibao.asset.max_homes", Module, "财产：住房上限", "套", SettingKind.Count, Minimum: 0, Maximum: 5),
        SettingDefinition.Switch("dibao.asset.business_allowed", Module, "财产：有工商登记的经营主体", "允许", "不允许"),
        new("edge.asset.deposit_years", Module, "低保边缘家庭财产：金融资产上限（年低保标准 × 家庭人数的倍数）", "倍", SettingKind.Ratio),
        new("edge.asset.max_vehicles", Module, "低保边缘家庭财产：机动车上限（只计价值超过计入下限的车辆）", "辆", SettingKind.Count, Minimum: 0, Maximum: 5),
        new("edge.asset.max_homes", Module, "低保边缘家庭财产：住房上限", "套", SettingKind.Count, Minimum: 0, Maximum: 5),
        SettingDefinition.Switch("edge.asset.business_allowed", Module, "低保边缘家庭财产：有工商登记的经营主体", "允许", "不允许"),
        SettingDefinition.Switch("tekun.unable.serious_illness", Module, "患重特大疾病、完全丧失生活自理能力一年以上且持残疾人证者", "视为无劳动能力", "不视为无劳动能力"),
        new("dibao.category_extra_pct.elderly", Module, "分类施保：老年人（60周岁以上）加发比例", "%", SettingKind.Ratio, Minimum: 0, Maximum: 200),
        new("dibao.category_extra_pct.minor", Module, "分类施保：未成年人加发比例", "%", SettingKind.Ratio, Minimum: 0, Maximum: 200),
        new("dibao.category_extra_pct.disabled", Module, "分类施保：重度残疾人加发比例", "%", SettingKind.Ratio, Minimum: 0, Maximum: 200),
        new("dibao.category_extra_pct.ill", Module, "分类施保：重病患者加发比例", "%", SettingKind.Ratio, Minimum: 0, Maximum: 200),
        new("dibao.single_person_pct", Module, "单人保：按低保标准的比例发放", "%", SettingKind.Ratio, Minimum: 0, Maximum: 100),
        new("wage.minimum_monthly_prev_year_fen", Module, "上年度月最低工资标准（特困照料护理标准的基数）", "元/月", SettingKind.Money),
        new("rigid.income_line_annual_fen", Module, "刚性支出困难：上年度居民人均可支配收入", "元/年", SettingKind.Money),
        new("rigid.expense_share_pct", Module, "刚性支出困难：近12个月刚性支出占家庭总收入的比例下限", "%", SettingKind.Count, Minimum: 1, Maximum: 100),
        new("rigid.valid_months", Module, "刚性支出困难：认定有效期", "月", SettingKind.Count, Minimum: 1, Maximum: 12),
        new("linshi.max_months_per_person", Module, "临时救助上限（每人低保标准的月数）", "月", SettingKind.Ratio),
        new("linshi.town_max_months", Module, "临时救助乡镇（街道）审批上限（低保标准的月数）", "月", SettingKind.Ratio),
        new("linshi.emergency_paperwork_days", Module, "急难型临时救助先行救助后补齐手续的时限", "工作日", SettingKind.Count, Minimum: 1),
        SettingDefinition.Switch("assist.approval_delegated_to_town", Module, "低保审核确认", "委托乡镇（街道）办理", "由区民政局办理"),
        SettingDefinition.Switch("payroll.bank_file_full_id_number", Module, "银行代发文件中的收款人身份证号", "完整（与银行的代发协议要求时）", "脱敏（如 430408********1234）"),
    ];

    private static readonly DateOnly From2022 = new(2022, 1, 1);

    public static IReadOnlyList<SettingDefault> All { get; } =
    [
        new("dibao.standard.urban_monthly_fen", "430408", From2022, Fen(602), "蒸湘区民政局2022年工作要点：城市低保标准不低于602元/月；本区执行标准以市、区人民政府公布的文件为准", true),
        new("dibao.standard.rural_annual_fen", "430408", From2022, Fen(5680), "蒸湘区民政局2022年工作要点：农村低保标准不低于5680元/年；本区执行标准以市、区人民政府公布的文件为准", true),
        new("dibao.edge_multiplier", "430408", From2022, "1.5", "《最低生活保障审核确认办法》（民发〔2021〕57号）：低保边缘家庭一般指人均收入低于当地低保标准1.5倍的家庭；地方未明确，请按本地文件核定", true),
        new("tekun.basic_multiplier", "430408", From2022, "1.3", "特困人员基本生活标准不低于当地低保标准的1.3倍（各地普遍做法）", false),
        new("tekun.care_divisor.full", "430408", From2022, "10", "湖南省民政厅关于特困人员照料护理标准的意见：全自理人员不低于上年度当地最低工资标准的1/10", false),
        new("tekun.care_divisor.partial", "430408", From2022, "6", "湖南省民政厅关于特困人员照料护理标准的意见：半护理人员不低于上年度当地最低工资标准的1/6", false),
        new("tekun.care_divisor.none", "430408", From2022, "3", "湖南省民政厅关于特困人员照料护理标准的意见：全护理人员不低于上年度当地最低工资标准的1/3", false),
        new("assist.minimum_monthly_payment_fen", "430408", From2022, "0", "保底发放额由地方规定，暂不设保底；地方未明确，请按本地文件核定", true),
        new("disability.living_subsidy_fen", "430408", From2022, Fen(75), "蒸湘区民政局2022年工作要点：困难残疾人生活补贴75元/月；地方未明确，请按本地文件核定", true),
        new("disability.care_grade34_mental_long_term", "430408", From2022, "1", "湖南省困难残疾人生活补贴和重度残疾人护理补贴实施办法：护理补贴可扩大到需长期照护的三、四级智力、精神残疾人；地方未明确，请按本地文件核定", true),
        new("disability.living_includes_edge", "430408", From2022, "0", "《关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）：有条件的地方可扩大到低收入残疾人；地方未明确，请按本地文件核定", true),
        new("disability.care_subsidy_fen", "430408", From2022, Fen(75), "蒸湘区民政局2022年工作要点：重度残疾人护理补贴75元/月；地方未明确，请按本地文件核定", true),
        new("dibao.publicity_days", "430408", From2022, "7", "最低生活保障审核确认办法：公示期为7天", false),
        new("tekun.termination_publicity_days", "430408", From2022, "7", "特困人员认定办法（2021）：终止救助供养的，应当公示，公示期为7天", false),
        new("tekun.termination_objection_days", "430408", From2022, "15", "特困人员认定办法（2021）：对终止公示有异议的，重新调查核实，15个工作日内作出决定并重新公示", false),
        new("dibao.review_months.stable", "430408", From2022, "12", "最低生活保障审核确认办法：基本稳定的家庭每年复核一次", false),
        new("dibao.review_months.workable", "430408", From2022, "6", "最低生活保障审核确认办法：有劳动能力成员的家庭每半年复核一次", false),
        new("dibao.gradual_exit_months", "430408", From2022, "3", "《最低生活保障审核确认办法》（民发〔2021〕57号）：收入超过标准的可给予一定时间的渐退期；月数地方未明确，请按本地文件核定", true),
        new("assist.deadline.accept_days", "430408", From2022, "3", "网上申请的受理时限地方未明确，请按本地文件核定（默认3个工作日）", true),
        new("assist.online_code_minutes", "430408", From2022, "10", "短信验证码有效期：平台设定（非政策规定）", false),
        new("assist.deadline.verification_days", "430408", From2022, "5", "家庭经济状况核对时限地方未明确，请按本地文件核定（默认5个工作日）", true),
        new("assist.deadline.investigation_days", "430408", From2022, "15", "入户调查时限地方未明确，请按本地文件核定（默认受理后15个工作日）", true),
        new("assist.deadline.town_review_days", "430408", From2022, "5", "乡镇（街道）初审时限地方未明确，请按本地文件核定（默认5个工作日）", true),
        new("linshi.emergency_paperwork_days", "430408", From2022, "5", "《社会救助暂行办法》第四十八条：情况紧急的可先行救助，事后补齐手续；补办时限地方未明确，请按本地文件核定（默认5个工作日）", true),
        new("payroll.bank_file_full_id_number", "430408", From2022, "0", "《个人信息保护法》第六条（最小必要）：默认脱敏；与代发银行签订的代发协议要求完整身份证号的，按协议改为完整", false),
        new("assist.approval_delegated_to_town", "430408", From2022, "0", "《最低生活保障审核确认办法》（民发〔2021〕57号）：县级民政部门可委托乡镇（街道）审核确认；是否委托以区民政局文件为准", true),
        new("dibao.asset.deposit_years", "430408", From2022, "1", "《最低生活保障审核确认办法》：财产状况规定由设区的市确定；地方未明确，请按本地文件核定（默认人均不超过1年低保标准）", true),
        new(VehicleCountedAbove, "430408", From2022, Fen(50000), "常见规定：名下无机动车，残疾人功能性补偿代步车和价值较低的车辆除外；低值车辆的价值界限地方未明确，请按本地文件核定（默认5万元，核对报告与监测比对同用）", true),
        new("dibao.asset.max_vehicles", "430408", From2022, "0", "《最低生活保障审核确认办法》：财产状况规定由设区的市确定；地方未明确，请按本地文件核定（默认无机动车）", true),
        new("dibao.asset.max_homes", "430408", From2022, "1", "《最低生活保障审核确认办法》：财产状况规定由设区的市确定；地方未明确，请按本地文件核定（默认1套）", true),
        new("dibao.asset.business_allowed", "430408", From2022, "0", "《最低生活保障审核确认办法》：财产状况规定由设区的市确定；地方未明确，请按本地文件核定（默认不允许）", true),
        new("edge.asset.deposit_years", "430408", From2022, "2", "低保边缘家庭的财产条件由设区的市规定，一般宽于低保；地方未明确，请按本地文件核定（默认人均不超过2年低保标准）", true),
        new("edge.asset.max_vehicles", "430408", From2022, "1", "低保边缘家庭的财产条件由设区的市规定，一般宽于低保；地方未明确，请按本地文件核定（默认可有1辆）", true),
        new("edge.asset.max_homes", "430408", From2022, "1", "低保边缘家庭的财产条件由设区的市规定；地方未明确，请按本地文件核定（默认1套）", true),
        new("edge.asset.business_allowed", "430408", From2022, "0", "低保边缘家庭的财产条件由设区的市规定；地方未明确，请按本地文件核定（默认不允许）", true),
        new("tekun.unable.serious_illness", "430408", From2022, "1", "湖南省特困人员认定实施办法：患有重特大疾病、完全丧失生活自理能力一年以上且持有残疾人证的，视为无劳动能力；以省级正式文本为准", true),
        new("dibao.category_extra_pct.elderly", "430408", From2022, "0", "分类施保加发比例地方未明确，请按本地文件核定（默认不加发）", true),
        new("dibao.category_extra_pct.minor", "430408", From2022, "0", "分类施保加发比例地方未明确，请按本地文件核定（默认不加发）", true),
        new("dibao.category_extra_pct.disabled", "430408", From2022, "0", "分类施保加发比例地方未明确，请按本地文件核定（默认不加发）", true),
        new("dibao.category_extra_pct.ill", "430408", From2022, "0", "分类施保加发比例地方未明确，请按本地文件核定（默认不加发）", true),
        new("dibao.single_person_pct", "430408", From2022, "75", "单人保发放比例地方未明确，请按本地文件核定（默认按低保标准的75%）", true),
        new("wage.minimum_monthly_prev_year_fen", "430408", From2022, Fen(1540), "湖南省人民政府公布的最低工资标准（二类地区月最低工资1540元）；本区适用档次以省文件为准", true),
        new("rigid.income_line_annual_fen", "430408", From2022, Fen(31993), "湖南省统计公报：2021年全体居民人均可支配收入31993元；应取衡阳市上年度数据，地方未明确，请按本地文件核定", true),
        new("rigid.expense_share_pct", "430408", From2022, "60", "刚性支出占家庭总收入的比例地方未明确，请按本地文件核定（默认60%）", true),
        new("rigid.valid_months", "430408", From2022, "12", "刚性支出困难认定有效期不超过12个月（民发〔2024〕57号）", false),
        new("linshi.max_months_per_person", "430408", From2022, "6", "临时救助标准由地方规定；地方未明确，请按本地文件核定（默认每人不超过6个月低保标准）", true),
        new("linshi.town_max_months", "430408", From2022, "3", "乡镇（街道）审批额度由地方规定；地方未明确，请按本地文件核定（默认不超过3个月低保标准）", true),
        new("assist.deadline.total_days", "430408", From2022, "30", "《最低生活保障审核确认办法》（民发〔2021〕57号）：自受理之日起30个工作日内完成审核确认；本地规定更严的，以本地文件为准", true),
        new("assist.deadline.extension_days", "430408", From2022, "15", "《最低生活保障审核确认办法》（民发〔2021〕57号）：特殊情况可延长至45个工作日；本地另有规定的，以本地文件为准", true),
        new("assist.deadline.total_includes_publicity", "430408", From2022, "1", "公示期是否计入办结时限地方未明确，请按本地文件核定（默认计入，从严）", true),
        new("assist.deadline.district_review_days", "430408", From2022, "10", "区民政局审核确认时限地方未明确，请按本地文件核定（默认公示期满后10个工作日）", true),
    ];

    private static string Fen(long yuan) => Money.FromYuan(yuan).Fen.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
