using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;

namespace Minzheng.Elderly.Features.ProviderAccounts;

internal sealed record BindAccountRequest(string? UserName);

internal sealed record ProviderAccountRow(string UserName, string BoundBy, DateTime BoundAtUtc);

/// <summary>
/// Binds 服务机构 accounts to a provider (the district does it), and tells a signed-in provider account which provider it
/// acts for: an unbound account records nothing.
/// </summary>
internal sealed class ProviderAccountsHandler(ElderlyDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProviderAccountRow>> ListAsync(Guid providerId, CancellationToken ct = default)
    {
        await ProviderForDistrictAsync(providerId, ct);
        return await db.ProviderAccounts.AsNoTracking().Where(a => a.ProviderId == providerId).OrderBy(a => a.UserName)
            .Select(a => new ProviderAccountRow(a.UserName, a.BoundBy, a.BoundAtUtc)).ToListAsync(ct);
    }

    public async Task GrantAsync(Guid providerId, BindAccountRequest request, CancellationToken ct = default)
    {
        await ProviderForDistrictAsync(providerId, ct);
        var name = request.UserName?.Trim() ?? string.Empty;
        var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
        if (user is null || !await users.IsInRoleAsync(user, Roles.ServiceProvider))
        {
            throw new InputValidationException("userName", "请填写一个角色为“服务机构”的账号（由系统管理员创建）");
        }

        var existing = await db.ProviderAccounts.FirstOrDefaultAsync(a => a.UserName == user.UserName, ct);
        if (existing is not null)
        {
            throw new BusinessRuleException(existing.ProviderId == providerId ? "该账号已绑定本机构" : "该账号已绑定其他机构，须先解除");
        }

        db.ProviderAccounts.Add(new ProviderAccount { UserName = user.UserName!, ProviderId = providerId, BoundBy = db.User.UserName, BoundAtUtc = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("该账号已绑定服务机构");
        }
    }

    public async Task RevokeAsync(Guid providerId, string userName, CancellationToken ct = default)
    {
        await ProviderForDistrictAsync(providerId, ct);
        var account = await db.ProviderAccounts.FirstOrDefaultAsync(a => a.ProviderId == providerId && a.UserName == userName, ct)
            ?? throw new NotFoundException("该机构没有绑定这个账号");
        db.ProviderAccounts.Remove(account);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The provider the signed-in 服务机构 account acts for (403 for any other user or an unbound account).</summary>
    public async Task<Provider> CurrentProviderAsync(CancellationToken ct = default)
    {
        if (!db.User.IsInRole(Roles.ServiceProvider))
        {
            throw new ForbiddenException("只有服务机构账号可以使用机构工作台");
        }

        var userName = db.User.UserName;
        var account = await db.ProviderAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.UserName == userName, ct)
            ?? throw new ForbiddenException("您的账号尚未绑定服务机构，请联系区民政局");
        return await db.Providers.AsNoTracking().FirstAsync(p => p.Id == account.ProviderId, ct);
    }

    private async Task ProviderForDistrictAsync(Guid providerId, CancellationToken ct)
    {
        if (!await db.Providers.AnyAsync(p => p.Id == providerId, ct))
        {
            throw new NotFoundException("服务机构不存在");
        }

        if (!db.User.IsInRole(Roles.DistrictOfficer))
        {
            throw new ForbiddenException("只有区业务股室可以管理机构账号");
        }
    }
}
