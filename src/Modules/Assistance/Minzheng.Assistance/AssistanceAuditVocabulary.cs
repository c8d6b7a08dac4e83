using Minzheng.Platform.Audit;

namespace Minzheng.Assistance;

/// <summary>Social assistance's records and actions as the audit trail names them.</summary>
internal static class AssistanceAuditVocabulary
{
    public static AuditVocabulary Value { get; } = new(
        Entities: new Dictionary<string, string>
        {
            ["AssistanceCase"] = "救助案件",
            ["CasePhoto"] = "入户调查照片",
            ["GapReview"] = "疑似漏保核实",
            ["PayrollRun"] = "发放批次",
            ["SupportArrangement"] = "特困供养方式",
            ["SmsMessage"] = "短信",
            ["assistance.payment"] = "社会救助发放",
            ["assistance.decision"] = "社会救助审核确认",
            ["assistance.change"] = "社会救助待遇变更",
        },
        Fields: new Dictionary<string, string>
        {
            ["AcceptedOn"] = "受理日期",
            ["AssessmentJson"] = "家庭经济状况",
            ["BenefitFrom"] = "起始发放月",
            ["Cause"] = "申请事由",
            ["ConsentFileName"] = "授权书文件",
            ["ConsentSm3"] = "授权书摘要",
            ["CoveredMembers"] = "保障人数",
            ["DueOn"] = "本步时限",
            ["ExplanationJson"] = "计算说明",
            ["ExtensionReason"] = "延期原因",
            ["HouseholdEdge"] = "低保边缘家庭",
            ["Incomes"] = "收入",
            ["InvestigationNote"] = "入户调查情况",
            ["LimitWorkingDays"] = "办结时限（工作日）",
            ["Members"] = "家庭成员",
            ["MonthlyAmountFen"] = "月发放金额（分）",
            ["NextReviewOn"] = "下次复核日期",
            ["Number"] = "案件编号",
            ["PaperworkDueOn"] = "补齐手续时限",
            ["Programme"] = "救助类别",
            ["PublicityEndsOn"] = "公示截止日期",
            ["RefusalReason"] = "不予批准理由",
            ["RequestedProgramme"] = "申请类别",
            ["SnapshotJson"] = "家庭信息快照",
            ["StopFrom"] = "停发月份",
            ["TerminationObjectionDueOn"] = "终止异议处理时限",
            ["TerminationPublicityEndsOn"] = "终止公示截止日期",
            ["TotalDueOn"] = "办结时限",
            ["TownMayApprove"] = "委托乡镇审核确认",
            ["Urban"] = "城市",
            ["ValidUntil"] = "有效期至",
            ["VerificationNote"] = "核对情况",
            ["Bytes"] = "文件内容",
            ["Caption"] = "说明",
            ["CaseId"] = "案件",
            ["FileName"] = "文件名",
            ["TakenBy"] = "拍摄人",
            ["ReviewedBy"] = "核实人",
            ["ReviewedOn"] = "核实日期",
            ["ApprovedAtUtc"] = "审批时间",
            ["ApprovedBy"] = "审批人",
            ["Fingerprint"] = "名单指纹",
            ["Month"] = "发放月份",
            ["Payments"] = "笔数",
            ["PrepareError"] = "生成错误",
            ["PreparedAtUtc"] = "生成时间",
            ["PreparedBy"] = "生成人",
            ["Progress"] = "进度",
            ["TotalFen"] = "合计金额（分）",
            ["TownCode"] = "镇街",
            ["CareFeeFen"] = "照料护理费（分/月）",
            ["CarerAccountMasked"] = "照料人账号",
            ["CarerAccountSealed"] = "照料人账号（加密）",
            ["CarerBankName"] = "照料人开户银行",
            ["CarerIdCipher"] = "照料人身份证号（加密）",
            ["CarerIdMasked"] = "照料人身份证号",
            ["CarerName"] = "照料人",
            ["Institution"] = "供养机构",
            ["Mode"] = "供养方式",
            ["TermFrom"] = "协议起始",
            ["TermTo"] = "协议截止",

            // The service chain's events (public receipts).
            ["amountFen"] = "金额",
            ["attempt"] = "发放次数",
            ["beneficiary"] = "受益人承诺值",
            ["case"] = "案件编号",
            ["month"] = "所属月份",
            ["payment"] = "发放编号",
            ["programme"] = "救助类别",
            ["town"] = "镇街",
            ["decision"] = "决定",
            ["from"] = "起始月份",
            ["monthlyFen"] = "月保障金额",
            ["action"] = "变更",
        },
        Actions: new Dictionary<string, string>
        {
            ["RevealCarers"] = "读取照料人收款信息",
            ["ExportBankFile"] = "导出银行代发文件",
            ["sms.retry"] = "重新发送短信",
        },
        Values: Enum.GetValues<Domain.Programmes.Programme>()
            .Select(p => Domain.Programmes.ProgrammeLabels.Code(p))
            .Append(Features.Payroll.PaymentInsert.CareCode)
            .ToDictionary(code => code, Features.Payroll.PayrollAccess.ProgrammeName)
            .Concat(new Dictionary<string, string>
            {
                ["approved"] = "批准",
                ["refused"] = "不予批准",
                ["change_amount"] = "调整保障金额",
                ["gradual_exit"] = "渐退",
                ["stop"] = "停发",
            })
            .ToDictionary());
}
