using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Identity;

namespace Minzheng.Web.Account;

/// <summary>
/// Form posts of the login, password-change and logout pages. Every failure of a login says the same
/// thing, whether the user is unknown, the password wrong or the account locked.
/// </summary>
internal static class AccountEndpoints
{
    public const string LoginFailed = "用户名或密码错误，或账户已被锁定";
    public const string MustChangeClaim = "mz:mustchange";

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/account").ExcludeFromDescription();
        g.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(Startup.RateLimits.Login);
        g.MapPost("/change-password", ChangePasswordAsync).RequireAuthorization();
        g.MapPost("/logout", LogoutAsync).RequireAuthorization();
    }

    private static async Task<IResult> LoginAsync([FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
        UserManager<AppUser> users, SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher, SessionRegistry sessions, AuditLog audit,
        SecurityAlerts alerts, HttpContext http, Minzheng.Platform.Security.Policy.SecurityPolicyStore policy, TimeProvider clock)
    {
        var back = SafeReturn(returnUrl);
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());
        if (user is null || string.IsNullOrEmpty(password))
        {
            SpendOneHash(hasher, password);
            await audit.WriteAsync(AuditActions.LoginFailed, "User", null, userName: Trim(userName));
            return await FailedAsync(back, alerts, http, userName);
        }

        if (await users.IsLockedOutAsync(user))
        {
            SpendOneHash(hasher, password);
            await audit.WriteAsync(AuditActions.LoginFailed, "User", user.Id.ToString(), userName: user.UserName, userId: user.Id, details: "{\"lockedOut\":true}");
            return await FailedAsync(back, alerts, http, userName);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            await audit.WriteAsync(AuditActions.LoginFailed, "User", user.Id.ToString(), userName: user.UserName, userId: user.Id,
                details: result.IsLockedOut ? "{\"lockedOut\":true}" : null);
            return await FailedAsync(back, alerts, http, userName);
        }

        var roles = await users.GetRolesAsync(user);
        var claims = new List<Claim> { new(MzClaimTypes.SessionId, sessions.Start(roles)) };
        var expired = PasswordExpiry.IsExpired(user, roles, await policy.GetAsync(), clock.GetUtcNow().UtcDateTime);
        if (user.MustChangePassword || expired)
        {
            claims.Add(new Claim(MustChangeClaim, "1"));
        }

        await signIn.SignInWithClaimsAsync(user, isPersistent: false, claims);
        await audit.WriteAsync(AuditActions.Login, "User", user.Id.ToString(), userName: user.UserName, userId: user.Id);
        return Results.LocalRedirect(user.MustChangePassword ? "/account/change-password"
            : expired ? "/account/change-password?error=" + PasswordChangeMessages.Expired
            : back);
    }

    private static async Task<IResult> ChangePasswordAsync([FromForm] string? currentPassword, [FromForm] string? newPassword, [FromForm] string? confirmPassword,
        HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn, SessionRegistry sessions, AuditLog audit)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return Results.LocalRedirect("/account/login");
        }

        string? error = null;
        if (newPassword != confirmPassword)
        {
            error = PasswordChangeMessages.NewPasswordsDiffer;
        }
        else if (newPassword == currentPassword)
        {
            error = PasswordChangeMessages.SameAsCurrent;
        }
        else
        {
            var result = await users.ChangePasswordAsync(user, currentPassword ?? string.Empty, newPassword ?? string.Empty);
            if (!result.Succeeded)
            {
                error = PasswordChangeMessages.Keys(result.Errors.Select(e => e.Code));
            }
        }

        if (error is not null)
        {
            return Results.LocalRedirect("/account/change-password?error=" + Uri.EscapeDataString(error));
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await audit.WriteAsync(AuditActions.PasswordChanged, "User", user.Id.ToString());
        sessions.End(http.User.FindFirstValue(MzClaimTypes.SessionId));
        var roles = await users.GetRolesAsync(user);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(MzClaimTypes.SessionId, sessions.Start(roles))]);
        return Results.LocalRedirect("/?passwordChanged=1");
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, SignInManager<AppUser> signIn, SessionRegistry sessions, AuditLog audit)
    {
        await audit.WriteAsync(AuditActions.Logout, "User", http.User.FindFirstValue(ClaimTypes.NameIdentifier));
        sessions.End(http.User.FindFirstValue(MzClaimTypes.SessionId));
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/account/login");
    }

    /// <summary>
    /// An unknown or locked user costs the same password hash as a wrong password, so that the answer's timing
    /// does not tell which user names exist (the framework checks the lockout before it hashes).
    /// </summary>
    private static void SpendOneHash(IPasswordHasher<AppUser> hasher, string? password) => _ = hasher.HashPassword(DummyUser, password ?? string.Empty);

    private static readonly AppUser DummyUser = new();

    private static async Task<IResult> FailedAsync(string back, SecurityAlerts alerts, HttpContext http, string? userName)
    {
        await alerts.AfterFailedLoginAsync(Trim(userName), http.Connection.RemoteIpAddress?.ToString());
        return Failed(back);
    }

    private static IResult Failed(string back) =>
        Results.LocalRedirect("/account/login?failed=1&returnUrl=" + Uri.EscapeDataString(back));

    private static string SafeReturn(string? url) =>
        // A path of this site only: browsers drop tabs and newlines and read \ as /, so "/\t/evil.example" would leave it.
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            && !url.Any(char.IsControl) && !url.StartsWith("/account", StringComparison.Ordinal)
            ? url
            : "/";

    private static string Trim(string? userName) => (userName ?? string.Empty).Trim() is var n && n.Length > 100 ? n[..100] : (userName ?? string.Empty).Trim();
}
