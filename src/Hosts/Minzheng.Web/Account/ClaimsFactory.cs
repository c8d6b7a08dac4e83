using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Minzheng.Platform.Access;
using Minzheng.Platform.Identity;

namespace Minzheng.Web.Account;

/// <summary>Puts the user's region grants and display name into the cookie's principal.</summary>
internal sealed class ClaimsFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(MzClaimTypes.DisplayName, user.DisplayName));
        foreach (var region in user.GrantedRegions)
        {
            identity.AddClaim(new Claim(MzClaimTypes.Region, region));
        }

        return identity;
    }
}
