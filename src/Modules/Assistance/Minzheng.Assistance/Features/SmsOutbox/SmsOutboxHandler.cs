using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Online;
using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Security;
using Minzheng.Platform.Sms;

namespace Minzheng.Assistance.Features.SmsOutbox;

internal sealed record SmsRow(Guid Id, string PhoneMasked, string Kind, DateTime CreatedAt, string Status, int Attempts, DateTime? NextAttemptAt, string? LastError,
    DateTime? SentAt, string? Text);

internal sealed record SmsOutboxView(bool GatewayConnected, bool ShowsTexts, int Waiting, int Failed, IReadOnlyList<SmsRow> Rows);

/// <summary>
/// The 短信发件箱 for the system administrator: what was sent, what waits and why, and sending a failed message again.
/// Without a gateway (the embedded default) nothing is sent and the texts are shown, so the demo's one-time codes can be
/// read (<c>Sms:ShowTextsWithoutGateway</c>); with a gateway the texts are never shown. Each showing of texts is audited.
/// </summary>
internal sealed class SmsOutboxHandler(AssistanceDbContext db, ISmsGateway gateway, FieldProtector protector, SmsGatewayOptions options,
    IConfiguration configuration, AuditLog audit, ICurrentUser user)
{
    public const int Shown = 100;

    public async Task<SmsOutboxView> ViewAsync(CancellationToken ct = default)
    {
        EnsureAdministrator();
        var showsTexts = !gateway.Connected && configuration.GetValue("Sms:ShowTextsWithoutGateway", true);
        var rows = await Outbox.AsNoTracking().OrderByDescending(m => m.CreatedAtUtc).Take(Shown).ToListAsync(ct);
        var waiting = await Outbox.CountAsync(m => m.SentAtUtc == null && m.GaveUpAtUtc == null, ct);
        var failed = await Outbox.CountAsync(m => m.GaveUpAtUtc != null && m.SentAtUtc == null, ct);
        if (showsTexts && rows.Count > 0)
        {
            await audit.WriteAsync(AuditActions.Reveal, "SmsMessage", purpose: "短信发件箱（未接入短信网关，查看待发短信内容）", details: $"{rows.Count} 条", ct: ct);
        }

        return new SmsOutboxView(gateway.Connected, showsTexts, waiting, failed, rows.Select(m => new SmsRow(
            m.Id, m.PhoneMasked, KindName(m.Template), ShanghaiClock.ToShanghai(m.CreatedAtUtc), Status(m), m.Attempts,
            m.NextAttemptAtUtc is { } next ? ShanghaiClock.ToShanghai(next) : null, m.LastError,
            m.SentAtUtc is { } sent ? ShanghaiClock.ToShanghai(sent) : null,
            showsTexts ? $"【{options.Signature}】{protector.Decrypt(m.TextCipher)}" : null)).ToList());
    }

    /// <summary>Sends a failed (or waiting) message again at the next pass, with a fresh count of attempts.</summary>
    public async Task RetryAsync(Guid id, CancellationToken ct = default)
    {
        EnsureAdministrator();
        var message = await Outbox.FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("没有这条短信");
        if (message.SentAtUtc is not null)
        {
            throw new BusinessRuleException("这条短信已发送，无需重发");
        }

        message.GaveUpAtUtc = null;
        message.NextAttemptAtUtc = null;
        message.Attempts = 0;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync("sms.retry", "SmsMessage", id.ToString(), details: message.LastError, ct: ct);
    }

    // The outbox holds no region (a citizen's number, not a case): it is the system's, opened here for its administrator only.
    private IQueryable<SmsMessage> Outbox => db.SmsOutbox.IgnoreQueryFilters();

    private string Status(SmsMessage m) => m switch
    {
        { SentAtUtc: not null } => "已发送",
        { GaveUpAtUtc: not null } => "发送失败",
        _ when !gateway.Connected => "待发送（未接入短信网关）",
        { Attempts: > 0 } => "重试中",
        _ => "待发送",
    };

    private static string KindName(string template) => template switch
    {
        ApplyOnline.ApplyOnlineHandler.OnlineCodeTemplate => "网上申请验证码",
        "" => "网上申请验证码",
        _ => template,
    };

    private void EnsureAdministrator()
    {
        if (!user.IsInRole(Roles.SystemAdmin))
        {
            throw new ForbiddenException("只有系统管理员可以查看短信发件箱");
        }
    }
}
