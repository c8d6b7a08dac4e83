using Microsoft.AspNetCore.Identity;

namespace Minzheng.Platform.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Set for new accounts and after an administrator's reset: the next login must choose a new password.</summary>
    public bool MustChangePassword { get; set; } = true;

    /// <summary>When the password was last set (expiry counts from here); null for an account older than the rule.</summary>
    public DateTime? PasswordChangedAtUtc { get; set; }

    /// <summary>Region codes this user may see, separated by ';' (a user usually holds one).</summary>
    public string RegionGrants { get; set; } = string.Empty;

    public IReadOnlyList<string> GrantedRegions =>
        RegionGrants.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string name) : base(name)
    {
    }
}
