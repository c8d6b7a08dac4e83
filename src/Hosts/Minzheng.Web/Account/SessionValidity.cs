using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Microsoft.Extensions.Options;

namespace Minzheng.Web.Account;

/// <summary>
/// Whether a signed-in principal still stands: its security stamp is the account's current one and the account is
/// neither locked nor disabled. The stamp changes on a password change, an administrator's reset and 停用, so every
/// other session of the user ends at its next request or circuit event. Checked against the database each time
/// (one narrow primary-key read, in the request's own context when there is one), so that it holds on every node.
/// </summary>
internal sealed class SessionValidity(IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    /// <param name="principal">The signed-in user as the cookie or circuit carries them.</param>
    /// <param name="requestServices">A request's services; a circuit or a timer passes none and gets a scope of its own.</param>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, IServiceProvider? requestServices = null)
    {
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (stamp is null || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return false;
        }

        if (requestServices is not null)
        {
            return await CheckAsync(requestServices.GetRequiredService<PlatformDbContext>(), id, stamp);
        }

        await using var scope = scopes.CreateAsyncScope();
        return await CheckAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), id, stamp);
    }

    private async Task<bool> CheckAsync(PlatformDbContext db, Guid id, string stamp)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.SecurityStamp, u.LockoutEnd }).FirstOrDefaultAsync();
        return account is not null && string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal) && !(account.LockoutEnd > clock.GetUtcNow());
    }
}
