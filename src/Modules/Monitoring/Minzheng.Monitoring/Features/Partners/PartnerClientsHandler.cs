using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Shared;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;

namespace Minzheng.Monitoring.Features.Partners;

internal sealed record CreatePartnerRequest(string? Department, IReadOnlyList<string>? Kinds);

internal sealed record PartnerView(Guid Id, string ClientId, string Department, IReadOnlyList<string> Kinds, bool Disabled, string CreatedBy, DateTime CreatedAtUtc);

/// <summary>The secret appears here once and is never stored or shown again.</summary>
internal sealed record CreatedPartner(PartnerView Client, string Secret);

/// <summary>Partner departments' API clients: created and disabled by the district; checked on every partner upload.</summary>
internal sealed class PartnerClientsHandler(MonitoringDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<PartnerView>> ListAsync(CancellationToken ct = default)
    {
        MonitoringAccess.EnsureDistrict(db.User);
        return (await db.Partners.AsNoTracking().OrderBy(p => p.CreatedAtUtc).ToListAsync(ct)).Select(View).ToList();
    }

    public async Task<CreatedPartner> CreateAsync(CreatePartnerRequest request, CancellationToken ct = default)
    {
        MonitoringAccess.EnsureDistrict(db.User);
        var department = request.Department?.Trim() ?? string.Empty;
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
        };
        db.Partners.Add(client);
        await db.SaveChangesAsync(ct);
        return new CreatedPartner(View(client), secret);
    }

    public async Task DisableAsync(Guid id, CancellationToken ct = default)
    {
        MonitoringAccess.EnsureDistrict(db.User);
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

    private static PartnerView View(PartnerClient c) => new(c.Id, c.ClientId, c.Department, c.KindList, c.Disabled, c.CreatedBy, c.CreatedAtUtc);
}
