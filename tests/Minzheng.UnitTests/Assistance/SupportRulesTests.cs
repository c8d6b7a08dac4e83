using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Features.ArrangeSupport;
using Minzheng.Platform.Errors;
using Minzheng.Kernel.Identity;

namespace Minzheng.UnitTests.Assistance;

/// <summary>集中 needs the institution; 分散 the whole 委托照料护理协议, its fee within the case's care standard (issue 18.13).</summary>
public sealed class SupportRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private const long CareStandard = 25667;
    private const string First17 = "43040819750707123";
    private static readonly string CarerId = First17 + IdNumber.ComputeCheckCharacter(First17);
    private static readonly string WrongCheck = First17 + (IdNumber.ComputeCheckCharacter(First17) == '0' ? '1' : '0');

    private static SupportRequest Dispersed(decimal fee = 200m, string? account = "6217001234567890123", DateOnly? from = null, DateOnly? to = null, string? id = null) =>
        new(SupportMode.Dispersed, null, "王照料", id ?? CarerId, "衡阳农商银行", account, from ?? Today, to ?? Today.AddYears(1), fee, null);

    private static IDictionary<string, string[]> Errors(SupportRequest r) =>
        Assert.Throws<InputValidationException>(() => SupportRules.Check(r, CareStandard, Today)).Errors;

    [Fact]
    public void A_complete_agreement_within_the_care_standard_is_kept()
    {
        var values = SupportRules.Check(Dispersed(256.67m), CareStandard, Today);
        Assert.Equal((SupportMode.Dispersed, 25667L, "王照料"), (values.Mode, values.CareFeeFen, values.CarerName));
        Assert.Null(values.Institution);
    }

    [Fact]
    public void Each_bad_part_of_an_agreement_names_its_field()
    {
        Assert.Contains("careFeeYuan", Errors(Dispersed(256.68m)).Keys);
        Assert.Contains("careFeeYuan", Errors(Dispersed(0m)).Keys);
        Assert.Contains("careFeeYuan", Errors(Dispersed(10.001m)).Keys);
        Assert.Contains("carerAccount", Errors(Dispersed(account: "12ab")).Keys);
        Assert.Contains("carerIdNumber", Errors(Dispersed(id: WrongCheck)).Keys); // bad check digit
        Assert.Contains("termTo", Errors(Dispersed(from: Today, to: Today.AddDays(-1))).Keys);
        Assert.Contains("termTo", Errors(Dispersed(from: Today, to: Today.AddYears(3).AddDays(1))).Keys);
        Assert.Contains("termTo", Errors(Dispersed(from: Today.AddYears(-2), to: Today.AddDays(-1))).Keys); // ended
    }

    [Fact]
    public void Centralised_support_needs_the_institution_and_keeps_no_carer()
    {
        Assert.Contains("institution", Errors(new SupportRequest(SupportMode.Centralised, " ", "王照料", null, null, null, null, null, 100m, null)).Keys);
        var values = SupportRules.Check(new SupportRequest(SupportMode.Centralised, "呆鹰岭镇敬老院", "王照料", null, null, null, null, null, 100m, null), CareStandard, Today);
        Assert.Equal(("呆鹰岭镇敬老院", 0L, null), (values.Institution, values.CareFeeFen, values.CarerName));
        Assert.Contains("mode", Assert.Throws<InputValidationException>(() => SupportRules.Check(Dispersed() with { Mode = null }, CareStandard, Today)).Errors.Keys);
    }
}
