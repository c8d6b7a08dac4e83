using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Shared;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Security;

namespace Minzheng.Monitoring.Features.Partners;

internal sealed record CreatePartnerRequest(string? Department, IReadOnlyList<string>? Kinds, string? RequestedBy = null, string? RequestNote = null);

internal sealed record PartnerView(Guid Id, string ClientId, string Department, IReadOnlyList<string> Kinds, bool Disabled, string CreatedBy, DateTime CreatedAtUtc,
    string RequestedBy = "", string RequestNote = "");

/// <summary>The secret appears here once and is never stored or shown again.</summary>
internal sealed record CreatedPartner(PartnerView Client, string Secret);

/// <summary>
/// Partner departments' API clients, checked on every partner upload. 三员分立: the system administrator creates them on
/// a district officer's request (who asked and why are recorded with the client and in the audit); the district and the
/// system administrator list them and may stop one at once.
/// </summary>
internal sealed class PartnerClientsHandler(MonitoringDbContext db, Minzheng.Platform.Audit.AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<PartnerView>> ListAsync(CancellationToken ct = default)
    {
        EnsureDistrictOrSystemAdmin();
        return (await db.Partners.AsNoTracking().OrderBy(p => p.CreatedAtUtc).ToListAsync(ct)).Select(View).ToList();
    }

    public async Task<CreatedPartner> CreateAsync(CreatePartnerRequest request, CancellationToken ct = default)
    {
        if (!db.User.IsInRole(Roles.SystemAdmin))
        {
            throw new ForbiddenException("接口客户端由系统管理员根据区民政局经办人的申请创建");
        }

        var department = request.Department?.Trim() ?? string.Empty;
        var requestedBy = request.RequestedBy?.Trim() ?? string.Empty;
        var note = request.RequestNote?.Trim() ?? string.Empty;
        var kinds = (request.Kinds ?? []).Select(k => k.Trim().ToLowerInvariant()).Distinct().ToList();
        var errors = new FieldErrors();
        if (department.Length is < 2 or > 100)
        {
            errors.Add("department", "请填写部门名称（2–100 字）");
        }

        if (kinds.Count == 0 || kinds.Any(k => FeedCatalogue.Find(k) is null))
        {
            errors.Add("kinds", $"请选择该部门报送的数据项：{string.Join("、", FeedCatalogue.All.Select(t => t.Key))}");
        }

        if (requestedBy.Length is < 2 or > 100)
        {
            errors.Add("requestedBy", "请填写提出申请的区民政局经办人");
        }

        if (note.Length is < 2 or > 200)
        {
            errors.Add("requestNote", "请填写申请文号或事由（2–200 字）");
        }

        errors.ThrowIfAny();

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var client = new PartnerClient
        {
            ClientId = "mzp_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            Department = department,
            Kinds = string.Join(',', kinds),
            SecretSm3 = Sm3Checksum.Hex(Encoding.UTF8.GetBytes(secret)),
            CreatedBy = db.User.UserName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            RequestedBy = requestedBy,
            RequestNote = note,
        };
        db.Partners.Add(client);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(Minzheng.Platform.Audit.AuditActions.Create, "PartnerClient", client.ClientId, purpose: $"{requestedBy} 申请：{note}",
            details: $"{department}：{client.Kinds}", ct: ct);
        return new CreatedPartner(View(client), secret);
    }

    public async Task DisableAsync(Guid id, CancellationToken ct = default)
    {
        EnsureDistrictOrSystemAdmin();
        var client = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();
        client.Disabled = true;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The client for a client id and secret, or null: unknown, wrong secret and disabled look alike.</summary>
    public async Task<PartnerClient?> AuthenticateAsync(string clientId, string secret, CancellationToken ct = default)
    {
        var client = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.ClientId == clientId, ct);
        var digest = Encoding.ASCII.GetBytes(Sm3Checksum.Hex(Encoding.UTF8.GetBytes(secret)));
        var expected = Encoding.ASCII.GetBytes(client?.SecretSm3 ?? new string('0', 64));
        return client is { Disabled: false } && CryptographicOperations.FixedTimeEquals(digest, expected) ? client : null;
    }

    private void EnsureDistrictOrSystemAdmin()
    {
        if (!db.User.IsInRole(Roles.SystemAdmin))
        {
            MonitoringAccess.EnsureDistrict(db.User);
        }
    }

    private static PartnerView View(PartnerClient c) => new(c.Id, c.ClientId, c.Department, c.KindList, c.Disabled, c.CreatedBy, c.CreatedAtUtc, c.RequestedBy, c.RequestNote);
}
