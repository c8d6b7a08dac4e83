using System.Text.RegularExpressions;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>Issue 20.4: the side menu shows each role only pages it may open (a service provider once saw 户管理 and met 403).</summary>
[Collection("sqlite")]
public sealed partial class MenuByRoleTests(SqliteWebHost host)
{
    public static TheoryData<string> Users() => [.. TestData.Users.Select(u => u.User).Where(u => u != "carer")];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Every_menu_entry_opens_for_the_role_that_sees_it(string user)
    {
        var client = await host.LoginAsync(user);
        var home = await client.GetStringAsync("/");
        var menu = MenuPattern().Match(home);
        Assert.True(menu.Success, $"{user}: no menu");
        var links = LinkPattern().Matches(menu.Value).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{user} → {link}: {(int)response.StatusCode}");
            Assert.DoesNotContain("您无权访问此页面", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_service_provider_sees_its_workspace_and_not_the_registry()
    {
        var home = await (await host.LoginAsync("provider")).GetStringAsync("/");
        var menu = MenuPattern().Match(home).Value;
        Assert.Contains("href=\"/provider\"", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("/registry/households", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("/registry/persons", menu, StringComparison.Ordinal);
    }

    [GeneratedRegex("<ul[^>]*ant-menu.*?</aside>", RegexOptions.Singleline)]
    private static partial Regex MenuPattern();

    [GeneratedRegex("href=\"(/[^\"]*)\"")]
    private static partial Regex LinkPattern();
}
