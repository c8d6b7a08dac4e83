using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Online;
using Minzheng.Platform.Security;
using Minzheng.Platform.Sms;

namespace Minzheng.Assistance.Features.SmsOutbox;

/// <summary>
/// Sends the outbox's due messages through the gateway, one at a time: each is first leased (a conditional update, so
/// a second host skips it), then sent, then marked sent — or, when refused, given its next attempt (30 s, 2, 10,
/// 30 minutes, 2 hours) and, after <see cref="SmsMessage.MaxAttempts"/>, set aside as failed for the outbox page.
/// </summary>
internal sealed class SmsSender(AssistanceDbContext db, ISmsGateway gateway, FieldProtector protector, TimeProvider clock)
{
    private const int Batch = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    /// <summary>Sends what is due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        if (!gateway.Connected)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.SmsOutbox.AsNoTracking()
            .Where(m => m.SentAtUtc == null && m.GaveUpAtUtc == null && (m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now)
                        && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
            .OrderBy(m => m.CreatedAtUtc).Take(Batch).ToListAsync(ct);
        var sent = 0;
        foreach (var message in due)
        {
            var until = clock.GetUtcNow().UtcDateTime + Lease;
            var taken = await db.SmsOutbox
                .Where(m => m.Id == message.Id && m.SentAtUtc == null && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntilUtc, until), ct);
            if (taken == 1 && await SendAsync(message, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(SmsMessage message, CancellationToken ct)
    {
        string? error = null;
        try
        {
            var parameters = string.IsNullOrEmpty(message.ParamsCipher)
                ? new Dictionary<string, string>()
                : JsonSerializer.Deserialize<Dictionary<string, string>>(protector.Decrypt(message.ParamsCipher)) ?? [];
            await gateway.SendAsync(new SmsRequest(protector.Decrypt(message.PhoneCipher), protector.Decrypt(message.TextCipher), message.Template, parameters), ct);
        }
        catch (SmsGatewayException e)
        {
            error = e.Message;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = message.Attempts + 1;
        if (error is null)
        {
            await db.SmsOutbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAtUtc, now).SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LeaseUntilUtc, (DateTime?)null), ct);
            return true;
        }

        var giveUp = attempts >= SmsMessage.MaxAttempts;
        var next = giveUp ? (DateTime?)null : now + SmsMessage.Backoff(attempts);
        await db.SmsOutbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, error.Length > 300 ? error[..300] : error)
            .SetProperty(m => m.NextAttemptAtUtc, next).SetProperty(m => m.GaveUpAtUtc, giveUp ? now : null)
            .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null), ct);
        return false;
    }
}
