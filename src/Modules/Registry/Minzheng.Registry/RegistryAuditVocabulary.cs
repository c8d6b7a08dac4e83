using Minzheng.Platform.Audit;

namespace Minzheng.Registry;

/// <summary>The registry's records and actions as the audit trail names them.</summary>
internal static class RegistryAuditVocabulary
{
    public static AuditVocabulary Value { get; } = new(
        Entities: new Dictionary<string, string>
        {
            ["Household"] = "家庭户",
            ["Person"] = "人员",
            ["HouseholdRoster"] = "户籍花名册",
        },
        Fields: new Dictionary<string, string>
        {
            ["Address"] = "地址",
            ["BankAccountCipher"] = "银行账号（加密）",
            ["BankAccountMasked"] = "银行账号",
            ["BankName"] = "开户银行",
            ["HeadPersonId"] = "户主",
            ["Kind"] = "户别",
            ["Members"] = "成员数",
            ["Number"] = "户编号",
            ["BirthDate"] = "出生日期",
            ["IdNumberCipher"] = "身份证号（加密）",
            ["IdNumberIndex"] = "身份证号（检索码）",
            ["IdNumberMasked"] = "身份证号",
            ["Name"] = "姓名",
            ["PhoneCipher"] = "电话（加密）",
            ["PhoneMasked"] = "电话",
            ["Relation"] = "与户主关系",
            ["Sex"] = "性别",
            ["StatusDate"] = "状态日期",
        },
        Actions: new Dictionary<string, string>
        {
            ["RevealForCommitment"] = "读取身份证号用于服务链存证",
            ["RevealForMatching"] = "读取身份证号用于数据比对",
            ["RevealForPayment"] = "读取收款信息用于发放",
        });
}
