using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Identity;

/// <summary>A password a user had before (its hash only), so that it is not chosen again.</summary>
internal sealed class PasswordHistoryEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid UserId { get; set; }

    public string Hash { get; set; } = string.Empty;

    /// <summary>When it stopped being the password.</summary>
    public DateTime ReplacedAtUtc { get; set; }
}

internal sealed class PasswordHistoryEntryConfiguration : IEntityTypeConfiguration<PasswordHistoryEntry>
{
    public void Configure(EntityTypeBuilder<PasswordHistoryEntry> e)
    {
        e.ToTable("platform_password_history");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.UserId, x.ReplacedAtUtc });
        e.Property(x => x.Hash).HasMaxLength(200);
    }
}

/// <summary>
/// Identity's store, which also keeps the replaced hash and the time of every password change (in the same save as the
/// user): whatever sets a password — a change, an administrator's reset, a new account — goes through here.
/// </summary>
internal sealed class AppUserStore(PlatformDbContext context, TimeProvider clock, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, AppRole, PlatformDbContext, Guid>(context, describer)
{
    public override async Task SetPasswordHashAsync(AppUser user, string? passwordHash, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!string.IsNullOrEmpty(user.PasswordHash) && user.PasswordHash != passwordHash)
        {
            Context.Set<PasswordHistoryEntry>().Add(new PasswordHistoryEntry { UserId = user.Id, Hash = user.PasswordHash, ReplacedAtUtc = now });
        }

        user.PasswordChangedAtUtc = passwordHash is null ? user.PasswordChangedAtUtc : now;
        await base.SetPasswordHashAsync(user, passwordHash, cancellationToken);
    }
}

/// <summary>
/// 等保 8.1.4.1: a new password may not be the current one or one of the last few (the 安全管理员's policy; 5 by
/// default: the current and four before it).
/// </summary>
internal sealed class PasswordHistoryValidator(PlatformDbContext db, IPasswordHasher<AppUser> hasher, Security.Policy.SecurityPolicyStore policy) : IPasswordValidator<AppUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var remembered = (await policy.GetAsync()).PasswordHistory;
        if (string.IsNullOrEmpty(password) || remembered <= 0)
        {
            return IdentityResult.Success;
        }

        var hashes = new List<string>();
        if (!string.IsNullOrEmpty(user.PasswordHash))
        {
            hashes.Add(user.PasswordHash);
        }

        hashes.AddRange(await db.Set<PasswordHistoryEntry>().AsNoTracking().Where(h => h.UserId == user.Id)
            .OrderByDescending(h => h.ReplacedAtUtc).Select(h => h.Hash).Take(remembered - hashes.Count).ToListAsync());
        return hashes.Any(h => hasher.VerifyHashedPassword(user, h, password) != PasswordVerificationResult.Failed)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordReused", Description = $"新密码不能与最近 {remembered} 次使用过的密码相同" })
            : IdentityResult.Success;
    }
}
