using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Online;
using Minzheng.Assistance.Features.ApplyForAssistance;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Kernel.Identity;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.ApplyOnline;

/// <summary>
/// A citizen applies without an account: their ID number and registered phone, a code sent to that phone (through the
/// SMS outbox), then the application with the signed consent. It arrives at the household's town as 网上申请待受理. The
/// answer to step 1 is the same whether or not the person is registered — its body, its status when over the limit
/// (<see cref="OnlineCodeThrottle"/>) and its timing — and any code that will not do gets one message; a code is good
/// once, for a few tries, for minutes (a setting). Works as the system user within this request only, and touches only the verified person's household.
/// </summary>
internal sealed class ApplyOnlineHandler(
    AssistanceDbContext db, CurrentUser user, IPersonDirectory persons, IHouseholdSnapshots households, CaseIntake intake,
    CaseDeadlines settings, FieldProtector protector, OnlineCodeThrottle throttle, TimeProvider clock)
{
    public const string Applicant = "网上申请";

    private const string Sent = "如身份证号与登记的手机号一致，验证码已发送至该手机，请在有效期内填写";

    /// <summary>The one answer to any code that will not do: wrong, spent, expired, tried too often or never sent.</summary>
    /// <summary>The outbox's template for the one-time code (its provider id: Sms:Gateway:Templates:online-code).</summary>
    public const string OnlineCodeTemplate = "online-code";

    public const string BadCode = "验证码不正确或已失效，请核对后重试，或重新获取验证码";

    /// <summary>Step 1 answers no sooner than this, registered or not, so that its timing tells nobody either.</summary>
    private static readonly TimeSpan AnswerFloor = TimeSpan.FromMilliseconds(300);

    public async Task<CodeSent> RequestCodeAsync(CodeRequest request, string? clientAddress, CancellationToken ct = default)
    {
        var started = clock.GetTimestamp();
        try
        {
            return await SendCodeAsync(request, clientAddress, ct);
        }
        finally
        {
            var left = AnswerFloor - clock.GetElapsedTime(started);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left, clock, CancellationToken.None);
            }
        }
    }

    private async Task<CodeSent> SendCodeAsync(CodeRequest request, string? clientAddress, CancellationToken ct)
    {
        var (id, phone) = Identity(request.IdNumber, request.Phone);
        if (!throttle.TryCount(protector.BlindIndex(id.Value), clientAddress))
        {
            throw new BusinessRuleException("验证码请求过于频繁，请一小时后再试");
        }

        user.ActAsSystem(Applicant);
        var requestId = Guid.NewGuid();
        var person = (await persons.FindByIdNumbersAsync([id.Value], ct)).GetValueOrDefault(id.Value);
        if (person is not { Alive: true, HouseholdId: { } household } || !await persons.PhoneMatchesAsync(person.Id, phone, ct))
        {
            return new CodeSent(requestId, Sent); // nothing stored, nothing said
        }

        var now = clock.GetUtcNow().UtcDateTime;

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var minutes = await settings.IntAsync("assist.online_code_minutes", person.RegionCode, clock.Today(), ct);
        db.OnlineCodes.Add(new OnlineCode
        {
            Id = requestId, PersonId = person.Id, HouseholdId = household, RegionCode = person.RegionCode, CodeHash = Hash(requestId, code),
            CreatedAtUtc = now, ExpiresAtUtc = now.AddMinutes(minutes),
        });
        db.SmsOutbox.Add(new SmsMessage
        {
            PhoneCipher = protector.Encrypt(phone), PhoneMasked = Masking.Phone(phone), CreatedAtUtc = now, Template = OnlineCodeTemplate,
            TextCipher = protector.Encrypt($"您的社会救助网上申请验证码为 {code}，{minutes}分钟内有效。如非本人操作，请忽略。"),
            ParamsCipher = protector.Encrypt(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["code"] = code, ["minutes"] = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })),
        });
        await db.SaveChangesAsync(ct);
        return new CodeSent(requestId, Sent);
    }

    public async Task<OnlineReceipt> SubmitAsync(OnlineApplication request, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (request.RequestId is null)
        {
            errors.Add("requestId", "请先获取验证码");
        }

        if (request.Code?.Trim() is not { Length: 6 } code || !code.All(char.IsAsciiDigit))
        {
            errors.Add("code", "请填写6位数字验证码");
            code = string.Empty;
        }

        var start = CaseIntake.ParseProgramme(request.Programme);
        if (start is null)
        {
            errors.Add("programme", CaseIntake.ProgrammeHint);
        }

        var consent = CaseIntake.Consent(request.Consent, errors);
        errors.ThrowIfAny();

        user.ActAsSystem(Applicant);
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = await db.OnlineCodes.FirstOrDefaultAsync(c => c.Id == request.RequestId, ct);
        if (sent is null || sent.UsedAtUtc is not null || sent.ExpiresAtUtc < now || sent.Attempts >= OnlineCode.MaxAttempts)
        {
            throw new InputValidationException("code", BadCode);
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sent.CodeHash), Encoding.ASCII.GetBytes(Hash(sent.Id, code))))
        {
            sent.Attempts++;
            await db.SaveChangesAsync(ct);
            throw new InputValidationException("code", BadCode);
        }

        var snapshot = await households.FindAsync(sent.HouseholdId, ct) ?? throw new BusinessRuleException("未找到您登记的户，请到镇街（社区）办理");
        var c = await intake.CreateAsync(snapshot, start!.Value, consent!, CaseStatus.Submitted, Applicant, "网上申请", ct);
        sent.UsedAtUtc = now; // spent only by an application that was taken
        await db.SaveChangesAsync(ct);
        return new OnlineReceipt(c.Number, $"申请已提交，编号 {c.Number}。镇街（社区）将在 {c.DueOn:yyyy年M月d日} 前受理并与您联系。");
    }

    private (IdNumber Id, string Phone) Identity(string? idNumber, string? phone)
    {
        var errors = new FieldErrors();
        if (!IdNumber.TryParse(idNumber?.Trim().ToUpperInvariant(), clock.Today(), out var id, out var failure))
        {
            errors.Add("idNumber", failure.Message);
        }

        var number = phone?.Trim() ?? string.Empty;
        if (number.Length != 11 || number[0] != '1' || !number.All(char.IsAsciiDigit))
        {
            errors.Add("phone", "请填写11位手机号码");
        }

        errors.ThrowIfAny();
        return (id, number);
    }

    private static string Hash(Guid requestId, string code) => Sm3Checksum.Hex(Encoding.UTF8.GetBytes($"{requestId:N}:{code}"));
}
