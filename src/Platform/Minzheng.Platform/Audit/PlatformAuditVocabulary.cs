namespace Minzheng.Platform.Audit;

/// <summary>The platform's own audit names, and the fields many modules' records share (a module may name them more precisely).</summary>
internal static class PlatformAuditVocabulary
{
    public static AuditVocabulary Value { get; } = new(
        Entities: new Dictionary<string, string>
        {
            ["User"] = "账户",
            ["Page"] = "页面操作",
            ["Request"] = "接口请求",
            ["Audit"] = "审计日志",
            ["SettingVersion"] = "标准与参数",
            ["SecurityPolicySetting"] = "安全策略",
            ["HolidayYearRecord"] = "节假日安排",
            ["DeadLetter"] = "投递失败的事件",
            ["DemoData"] = "演示数据",
            ["LoginFailures"] = "登录失败",
            ["PersonalDataReads"] = "个人信息批量读取",
        },
        Fields: new Dictionary<string, string>
        {
            ["Id"] = "编号",
            ["RegionCode"] = "区域",
            ["Version"] = "版本",
            ["Status"] = "状态",
            ["Note"] = "备注",
            ["Reason"] = "原因",
            ["PersonId"] = "人员",
            ["HouseholdId"] = "家庭户",
            ["HouseholdNumber"] = "户编号",
            ["ProviderId"] = "服务机构",
            ["RecordedBy"] = "记录人",
            ["RecordedAtUtc"] = "记录时间",
            ["CreatedBy"] = "创建人",
            ["CreatedAtUtc"] = "创建时间",
            ["Source"] = "依据",
            ["Key"] = "参数",
            ["Value"] = "数值",
            ["EffectiveFrom"] = "生效日期",
            ["Unconfirmed"] = "待核实",
            ["Year"] = "年度",
            ["Json"] = "内容",
            ["LoadedBy"] = "导入人",
            ["LoadedAtUtc"] = "导入时间",
            ["ChangedBy"] = "修改人",
            ["ChangedAtUtc"] = "修改时间",
            ["role"] = "角色",
            ["region"] = "管辖区域",
            ["households"] = "户数",
            ["seed"] = "随机种子",
        }.Concat(Security.Policy.SecurityPolicy.Rules.Select(r => KeyValuePair.Create(r.Key, $"{r.Name}（{r.Unit}）"))).ToDictionary(),
        Actions: new Dictionary<string, string>
        {
            ["outbox.retry"] = "重新投递事件",
        });
}
