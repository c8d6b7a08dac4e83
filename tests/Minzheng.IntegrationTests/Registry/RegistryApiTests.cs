using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.TestSupport;
using static Minzheng.IntegrationTests.Registry.RegistryClient;

namespace Minzheng.IntegrationTests.Registry;

public abstract class RegistryApiTests(WebHost host)
{
    [Fact]
    public async Task A_household_is_found_by_ID_number_masked_and_revealed_with_a_purpose_that_is_audited()
    {
        var client = await host.LoginAsync("zhengxiang");
        var (id, headId) = await CreateAsync(client);

        var found = await SearchAsync(client, new { idNumber = headId });
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        var row = found.GetProperty("items")[0];
        Assert.Equal(id, row.GetProperty("id").GetGuid());
        Assert.Equal(headId[..6] + "********" + headId[14..], row.GetProperty("headIdNumber").GetString());
        Assert.DoesNotContain(headId, found.GetRawText(), StringComparison.Ordinal);

        var head = (await DetailAsync(client, id)).GetProperty("members").EnumerateArray().Single(m => m.GetProperty("isHead").GetBoolean());
        var personId = head.GetProperty("id").GetGuid();
        var reveal = await client.PostAsJsonAsync($"/api/registry/persons/{personId}/reveal", new { field = "IdNumber", purpose = "核对低保申请材料" });
        Assert.Equal(HttpStatusCode.OK, reveal.StatusCode);
        Assert.Equal(headId, (await reveal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetString());

        var auditor = await host.LoginAsync("auditor");
        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?action=reveal&entityId={personId}");
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("zhengxiang", entry.GetProperty("userName").GetString());
        Assert.Equal("核对低保申请材料", entry.GetProperty("purpose").GetString());
    }

    [Fact]
    public async Task A_reveal_without_a_purpose_is_refused_and_roles_that_may_not_reveal_are_forbidden()
    {
        var client = await host.LoginAsync("zhengxiang");
        var (id, _) = await CreateAsync(client);
        var noPurpose = await client.PostAsJsonAsync($"/api/registry/households/{id}/reveal", new { field = "BankAccount", purpose = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noPurpose.StatusCode);

        var assistant = await host.LoginAsync("auditor");
        var forbidden = await assistant.PostAsJsonAsync($"/api/registry/households/{id}/reveal", new { field = "BankAccount", purpose = "随便看看看" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Theory]
    [InlineData("11010519491231002", "身份证号码应为18位")]
    [InlineData("110105194912310021", "校验码错误")]
    [InlineData("110105194913310028", "出生日期")]
    [InlineData("990105194912310025", "省级行政区划代码")]
    public async Task A_malformed_ID_number_is_a_400_that_names_the_part_and_changes_nothing(string bad, string message)
    {
        var client = await host.LoginAsync("zhengxiang");
        var before = (await SearchAsync(client, new { })).GetProperty("total").GetInt32();
        var response = await client.PostAsJsonAsync("/api/registry/households", Household(ZhengxiangVillage, ("王五", bad, "Head")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(message, problem.GetProperty("errors").GetProperty("members[0].idNumber")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await SearchAsync(client, new { })).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task One_person_is_registered_once()
    {
        var client = await host.LoginAsync("zhengxiang");
        var (_, headId) = await CreateAsync(client);
        var again = await client.PostAsJsonAsync("/api/registry/households", Household(ZhengxiangVillage, ("张三", headId.ToLowerInvariant(), "Head")));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("已登记", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_double_submission_creates_one_household()
    {
        var client = await host.LoginAsync("zhengxiang");
        var payload = Household(ZhengxiangVillage, ("赵六", IdNumbers.Next(), "Head"));
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostAsJsonAsync("/api/registry/households", payload)));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.True(r.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, r.StatusCode.ToString()));
    }

    [Fact]
    public async Task A_town_worker_cannot_register_a_household_in_another_town()
    {
        var client = await host.LoginAsync("zhengxiang");
        var response = await client.PostAsJsonAsync("/api/registry/households", Household(HongxiangVillage, ("钱七", IdNumbers.Next(), "Head")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("管辖范围", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Household_rules_are_checked_field_by_field()
    {
        var client = await host.LoginAsync("zhengxiang");
        var response = await client.PostAsJsonAsync("/api/registry/households", new
        {
            regionCode = "430408001999", kind = "Urban", address = "", bankAccount = "12ab",
            members = new[] { new { name = "", idNumber = IdNumbers.Next(), relation = "Spouse", phone = "123" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "regionCode", "address", "bankAccount", "bankName", "members", "members[0].name", "members[0].phone" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Fact]
    public async Task Moving_a_member_and_recording_a_death_are_kept_in_history()
    {
        var client = await host.LoginAsync("zhengxiang");
        var (from, _) = await CreateAsync(client);
        var (to, _) = await CreateAsync(client);
        var spouse = (await DetailAsync(client, from)).GetProperty("members").EnumerateArray().Single(m => !m.GetProperty("isHead").GetBoolean());
        var spouseId = spouse.GetProperty("id").GetGuid();
        var reveal = await client.PostAsJsonAsync($"/api/registry/persons/{spouseId}/reveal", new { field = "IdNumber", purpose = "办理迁入手续" });
        var spouseNumber = (await reveal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetString();

        var move = await client.PostAsJsonAsync($"/api/registry/households/{to}/move-in", new { idNumber = spouseNumber, relation = "Other", note = "投靠亲属" });
        Assert.Equal(HttpStatusCode.NoContent, move.StatusCode);
        var moveAgain = await client.PostAsJsonAsync($"/api/registry/households/{to}/move-in", new { idNumber = spouseNumber, relation = "Other" });
        Assert.Equal(HttpStatusCode.Conflict, moveAgain.StatusCode);

        var future = await client.PostAsJsonAsync($"/api/registry/persons/{spouseId}/status", new { status = "Deceased", date = "2999-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var death = await client.PostAsJsonAsync($"/api/registry/persons/{spouseId}/status", new { status = "Deceased", date = "2022-03-01", note = "公安死亡注销" });
        Assert.Equal(HttpStatusCode.NoContent, death.StatusCode);
        var twice = await client.PostAsJsonAsync($"/api/registry/persons/{spouseId}/status", new { status = "MovedOut" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var oldHistory = (await DetailAsync(client, from)).GetProperty("history").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Contains("迁出本户", oldHistory);
        var target = await DetailAsync(client, to);
        var types = target.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Contains("迁入本户", types);
        Assert.Contains("死亡", types);
        Assert.Equal("已死亡", target.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == spouseId).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Editing_a_household_checks_its_version_and_is_audited_with_before_and_after()
    {
        var client = await host.LoginAsync("zhengxiang");
        var (id, _) = await CreateAsync(client);
        var version = (await DetailAsync(client, id)).GetProperty("version").GetInt32();

        var bad = await client.PutAsJsonAsync($"/api/registry/households/{id}", new { kind = "Rural", address = "", bankName = "测试银行", version });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var ok = await client.PutAsJsonAsync($"/api/registry/households/{id}", new { kind = "Rural", address = "新地址9号", bankName = "测试银行", version });
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/registry/households/{id}", new { kind = "Urban", address = "别的地址", bankName = "测试银行", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var detail = await DetailAsync(client, id);
        Assert.Equal("新地址9号", detail.GetProperty("address").GetString());
        Assert.Equal("农村", detail.GetProperty("kind").GetString());
        var auditor = await host.LoginAsync("auditor");
        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?action=update&entityId={id}");
        var details = audit.GetProperty("items")[0].GetProperty("details").GetString()!;
        Assert.Contains("测试路1号", details, StringComparison.Ordinal);
        Assert.Contains("新地址9号", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_leaves_only_after_the_head_is_changed_and_a_name_can_be_corrected()
    {
        var client = await host.LoginAsync("zhengxiang");
        var (from, headId) = await CreateAsync(client);
        var (to, _) = await CreateAsync(client);
        var blocked = await client.PostAsJsonAsync($"/api/registry/households/{to}/move-in", new { idNumber = headId, relation = "Other" });
        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        Assert.Contains("变更原户户主", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var detail = await DetailAsync(client, from);
        var spouse = detail.GetProperty("members").EnumerateArray().Single(m => !m.GetProperty("isHead").GetBoolean());
        var change = await client.PostAsJsonAsync($"/api/registry/households/{from}/head",
            new { newHeadPersonId = spouse.GetProperty("id").GetGuid(), formerHeadRelation = "Spouse", version = detail.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync($"/api/registry/households/{to}/move-in", new { idNumber = headId, relation = "Other" })).StatusCode);

        var rename = await client.PutAsJsonAsync($"/api/registry/persons/{spouse.GetProperty("id").GetGuid()}", new { name = "李四娘", version = spouse.GetProperty("version").GetInt32() + 1 });
        Assert.Equal(HttpStatusCode.NoContent, rename.StatusCode);
        var after = await DetailAsync(client, from);
        var head = after.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("isHead").GetBoolean());
        Assert.Equal("李四娘", head.GetProperty("name").GetString());
        Assert.Contains("变更为户主", after.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Lists_are_paged_with_a_maximum_page_size()
    {
        var client = await host.LoginAsync("leader");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/registry/persons?size=100000");
        Assert.Equal(100, page.GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task The_API_wants_a_login()
    {
        var response = await host.Anonymous().GetAsync("/api/registry/households");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

[Collection("sqlite")]
public sealed class RegistryApiTestsOnSqlite(SqliteWebHost host) : RegistryApiTests(host);

[Collection("postgres")]
public sealed class RegistryApiTestsOnPostgres(PostgresWebHost host) : RegistryApiTests(host);
