using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Payroll;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;

namespace Minzheng.Assistance.Features.Payroll;

/// <summary>Who prepares and who approves a payroll, and the month format both use.</summary>
internal static class PayrollAccess
{
    public static readonly IReadOnlyList<string> Preparers = [Roles.TownCaseWorker, Roles.DistrictOfficer];

    public static readonly IReadOnlyList<string> Approvers = [Roles.DistrictOfficer, Roles.DistrictLeader];

    public static void EnsurePreparer(ICurrentUser user)
    {
        if (!user.SeesAllRegions && !Preparers.Any(user.IsInRole))
        {
            throw new ForbiddenException("只有镇街经办或区业务股室可以造册");
        }
    }

    public static void EnsureApprover(ICurrentUser user)
    {
        if (!user.SeesAllRegions && !Approvers.Any(user.IsInRole))
        {
            throw new ForbiddenException("只有区业务股室或区民政局领导可以审批发放");
        }
    }

    public static DateOnly ParseMonth(string? month) =>
        DateOnly.TryParseExact((month ?? string.Empty).Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first
            : throw new InputValidationException("month", "请填写发放月份，格式 YYYY-MM");

    /// <summary>A programme paid monthly, by its code (dibao, tekun); dibao when left out.</summary>
    public static Programme ParseProgramme(string? code) =>
        string.IsNullOrWhiteSpace(code) ? Programme.Dibao
            : ProgrammeLabels.FromCode(code.Trim()) is { } p && ProgrammeLabels.PaidByPayroll(p) ? p
            : throw new InputValidationException("programme", "按月发放的项目：dibao（低保）、tekun（特困）、disability_living（困难残疾人生活补贴）、disability_care（重度残疾人护理补贴）或 temporary（临时救助）");

    /// <summary>What a bank file and a purpose line call a payroll's programme.</summary>
    public static string ProgrammeName(string code) => code == PaymentInsert.CareCode ? "特困照料护理费" : ProgrammeLabels.FromCode(code) switch
    {
        Programme.Dibao => "城乡低保",
        Programme.Tekun => "特困供养",
        Programme.DisabilityLiving or Programme.DisabilityCare or Programme.Temporary => ProgrammeLabels.Of(ProgrammeLabels.FromCode(code)!.Value),
        { } p => ProgrammeLabels.Brief(p),
        _ => code,
    };

    public static async Task<PayrollRun> RunAsync(this AssistanceDbContext db, Guid id, CancellationToken ct, bool tracked = true) =>
        await (tracked ? db.PayrollRuns : db.PayrollRuns.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException();

    public static string StatusName(string status) => status switch
    {
        nameof(PayrollStatus.Approved) => "已审批",
        nameof(PayrollStatus.Preparing) => "造册中",
        _ => "待审批",
    };

    public static string Label(PaymentStatus status) => status switch
    {
        PaymentStatus.Pending => "待审批",
        PaymentStatus.Approved => "已审批待发放",
        PaymentStatus.Paid => "已发放",
        _ => "发放失败",
    };
}
