using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Minzheng.Platform.Identity;

namespace Minzheng.Web.Account;

/// <summary>
/// Whether a signed-in principal still stands: its security stamp is the account's current one and the account is
/// neither locked nor disabled. The stamp changes on a password change, an administrator's reset and 停用, so every
/// other session of the user ends at its next request or circuit event. Checked against the database each time
/// (a primary-key read), so that it holds on every node.
/// </summary>
internal sealed class SessionValidity(IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (stamp is null || id is null)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(id);
        return user is not null && string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal) && !(user.LockoutEnd > clock.GetUtcNow());
    }
}
