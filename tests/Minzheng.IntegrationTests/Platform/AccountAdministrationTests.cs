using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;

namespace Minzheng.IntegrationTests.Platform;

[Collection("sqlite")]
public sealed class AccountAdministrationTests(SqliteWebHost host)
{
    [Fact]
    public async Task Only_the_system_administrator_manages_accounts_and_every_action_is_audited()
    {
        var password = await host.AsAsync(Roles.SystemAdmin, null, sp => sp.GetRequiredService<AccountAdministration>().CreateAsync("dy.clerk", "呆鹰岭镇经办二", Roles.TownCaseWorker, "430408100"));
        Assert.True(Minzheng.Platform.Security.PasswordPolicyValidator<AppUser>.IsStrong("dy.clerk", password));
        var reset = await host.AsAsync(Roles.SystemAdmin, null, sp => sp.GetRequiredService<AccountAdministration>().ResetPasswordAsync("dy.clerk"));
        Assert.NotEqual(password, reset);

        foreach (var role in new[] { Roles.AuditAdmin, Roles.DistrictLeader, Roles.DistrictOfficer })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => host.AsAsync(role, "430408", sp => sp.GetRequiredService<AccountAdministration>().ListAsync()));
        }

        // The 安全管理员 sees the accounts (to unlock or disable them) but neither creates accounts nor resets passwords.
        Assert.NotEmpty(await host.AsAsync(Roles.SecurityAdmin, null, sp => sp.GetRequiredService<AccountAdministration>().ListAsync()));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.AsAsync(Roles.SecurityAdmin, null, sp => sp.GetRequiredService<AccountAdministration>().ResetPasswordAsync("dy.clerk")));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.AsAsync(Roles.SecurityAdmin, null,
            sp => sp.GetRequiredService<AccountAdministration>().CreateAsync("sec.made", "安全管理员建的", Roles.TownCaseWorker, "430408100")));

        var bad = await Assert.ThrowsAsync<InputValidationException>(() => host.AsAsync(Roles.SystemAdmin, null,
            sp => sp.GetRequiredService<AccountAdministration>().CreateAsync("x", "", "Nobody", "")));
        Assert.Equal(["displayName", "region", "role", "userName"], bad.Errors.Keys.Order());

        var audit = await host.AsAsync(Roles.AuditAdmin, null, sp => sp.GetRequiredService<AuditQuery>().HandleAsync(new AuditFilter { EntityId = "dy.clerk" }));
        Assert.Contains(audit.Items, a => a.Action == "新增" && a.UserName == "t-SystemAdmin");
        Assert.Contains(audit.Items, a => a.Action == "重置密码");
        Assert.DoesNotContain(audit.Items, a => a.Details?.Contains(password, StringComparison.Ordinal) == true);
    }
}
