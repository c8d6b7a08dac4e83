using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>
/// Issue 20.4: the 安全管理员 sets the sign-in policy (it rules the next login, within its ranges, audited), reads the
/// login-failure and lockout report, and unlocks or disables accounts; other roles cannot.
/// </summary>
public abstract class SecurityAdministrationTests(WebHost host)
{
    private static object Policy(JsonElement p, int lockoutAttempts) => new
    {
        passwordHistory = p.GetProperty("passwordHistory").GetInt32(),
        passwordMaxAgeDaysAdministrators = p.GetProperty("passwordMaxAgeDaysAdministrators").GetInt32(),
        passwordMaxAgeDaysStaff = p.GetProperty("passwordMaxAgeDaysStaff").GetInt32(),
        lockoutAttempts,
        lockoutMinutes = p.GetProperty("lockoutMinutes").GetInt32(),
        idleSecondsAdministrators = p.GetProperty("idleSecondsAdministrators").GetInt32(),
        idleSecondsStaff = p.GetProperty("idleSecondsStaff").GetInt32(),
    };

    [Fact]
    public async Task A_lockout_rule_the_security_administrator_saves_rules_the_next_login_and_an_unlock_lifts_it()
    {
        var secadmin = await host.LoginAsync("secadmin");
        var policy = await secadmin.GetFromJsonAsync<JsonElement>("/api/security/policy");
        var saved = await secadmin.PutAsJsonAsync("/api/security/policy", Policy(policy, lockoutAttempts: 3));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        try
        {
            await host.CreateUserAsync("lock.me3");
            for (var i = 0; i < 3; i++)
            {
                var failed = await WebHost.PostLoginAsync(host.Anonymous(), "lock.me3", "Wrong-Password-Here-1");
                Assert.Contains("failed", failed.Headers.Location!.ToString(), StringComparison.Ordinal);
            }

            // Three failures now lock (the shipped rule was five): the right password is refused until someone unlocks.
            Assert.Contains("failed", (await WebHost.PostLoginAsync(host.Anonymous(), "lock.me3", TestData.Password)).Headers.Location!.ToString(), StringComparison.Ordinal);
            var report = await secadmin.GetFromJsonAsync<JsonElement>("/api/security/logins?days=1");
            var row = report.GetProperty("byUser").EnumerateArray().Single(r => r.GetProperty("userName").GetString() == "lock.me3");
            Assert.True(row.GetProperty("failures").GetInt32() >= 4);
            Assert.True(row.GetProperty("lockedOut").GetInt32() >= 1);

            Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("officer")).PostAsync("/api/security/accounts/lock.me3/unlock", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await secadmin.PostAsync("/api/security/accounts/lock.me3/unlock", null)).StatusCode);
            await host.LoginAsync("lock.me3");

            // 停用 by the 安全管理员 ends the account's use; 解锁 does not lift a 停用.
            Assert.Equal(HttpStatusCode.NoContent, (await secadmin.PostAsync("/api/security/accounts/lock.me3/disable", null)).StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await secadmin.PostAsync("/api/security/accounts/lock.me3/unlock", null)).StatusCode);
            Assert.Contains("failed", (await WebHost.PostLoginAsync(host.Anonymous(), "lock.me3", TestData.Password)).Headers.Location!.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await secadmin.PutAsJsonAsync("/api/security/policy", Policy(policy, policy.GetProperty("lockoutAttempts").GetInt32()))).StatusCode);
        }

        // Each change is on the audit trail, field by field, under its Chinese name.
        var audit = await (await host.LoginAsync("auditadmin")).GetFromJsonAsync<JsonElement>("/api/audit?user=secadmin&size=50");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), r => r.GetProperty("entityName").GetString() == "安全策略"
            && r.GetProperty("entityId").GetString() == "LockoutAttempts");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), r => r.GetProperty("action").GetString() == "解锁账户");
    }

    [Fact]
    public async Task A_rule_outside_its_range_is_refused_by_name_and_only_the_security_administrator_saves()
    {
        var secadmin = await host.LoginAsync("secadmin");
        var policy = await secadmin.GetFromJsonAsync<JsonElement>("/api/security/policy");
        var bad = await secadmin.PutAsJsonAsync("/api/security/policy", Policy(policy, lockoutAttempts: 1));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("3 至 10", problem.GetProperty("errors").GetProperty("lockoutAttempts")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(policy.GetProperty("lockoutAttempts").GetInt32(),
            (await secadmin.GetFromJsonAsync<JsonElement>("/api/security/policy")).GetProperty("lockoutAttempts").GetInt32());

        var auditor = await host.LoginAsync("auditor");
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/security/policy")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PutAsJsonAsync("/api/security/policy", Policy(policy, 4))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("sysadmin")).PutAsJsonAsync("/api/security/policy", Policy(policy, 4))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("officer")).GetAsync("/api/security/logins")).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class SecurityAdministrationTestsOnSqlite(SqliteWebHost host) : SecurityAdministrationTests(host);

// The report's grouping runs in the database: both engines.
[Collection("postgres")]
public sealed class SecurityAdministrationTestsOnPostgres(PostgresWebHost host) : SecurityAdministrationTests(host);
