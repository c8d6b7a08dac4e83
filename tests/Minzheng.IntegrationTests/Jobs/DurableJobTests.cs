using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Data;
using Minzheng.Platform.Jobs;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Jobs;

/// <summary>
/// Jobs survive a restart (issue 16.5): a payroll queued by a host that stops before working on it is done by the next
/// host, once; two hosts reaching for one job get it once; a job whose host died is taken again when its lease runs out.
/// </summary>
public abstract class DurableJobTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_payroll_queued_before_the_host_stopped_is_prepared_once_by_the_next_host()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await TestData.SeedAsync(db.Options, db.KeyFile);
        Guid runId;
        await using (var first = Host(db, workers: false))
        {
            var town = await LoginAsync(first, "hongxiang");
            var response = await town.PostAsJsonAsync("/api/assistance/payroll/runs", new { town = "430408002", month = "2026-03" });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            Assert.Equal(JobStatus.Queued, (await JobAsync(db, runId)).Status);
        }

        // The first host is gone with the job still queued; the next one takes it up.
        await using var second = Host(db, workers: true);
        var worker = await LoginAsync(second, "hongxiang");
        async Task<string?> StatusAsync() => (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{runId}")).GetProperty("run").GetProperty("status").GetString();
        await Eventually.AssertAsync(async () => await StatusAsync() == "Prepared", async () => Assert.Equal("Prepared", await StatusAsync()));
        await Eventually.AssertAsync(async () => (await JobAsync(db, runId)).Status == JobStatus.Done, async () => Assert.Equal(JobStatus.Done, (await JobAsync(db, runId)).Status));
        var job = await JobAsync(db, runId);
        Assert.Equal(1, job.Attempts);
        Assert.Null(job.Error);
    }

    [Fact]
    public async Task Of_two_hosts_reaching_for_a_job_at_once_one_gets_it_and_an_expired_lease_is_taken_again()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var run = Guid.NewGuid();
        await using (var ctx = Platform(db))
        {
            ctx.Add(Job.Queue("test", run, "officer", DateTime.UtcNow));
            await ctx.SaveChangesAsync();
        }

        var now = DateTime.UtcNow;
        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            await using var ctx = Platform(db);
            return await JobLeases.ClaimAsync(ctx, "test", $"host-{i}", TimeSpan.FromMinutes(2), now, default);
        }));
        var winner = Assert.Single(claims, c => c is not null)!;
        Assert.Equal(run, winner.RunId);
        var owner = $"host-{Array.IndexOf(claims, winner)}";

        await using (var ctx = Platform(db))
        {
            Assert.Null(await JobLeases.ClaimAsync(ctx, "test", "host-9", TimeSpan.FromMinutes(2), now.AddMinutes(1), default)); // lease still held
            Assert.True(await JobLeases.RenewAsync(ctx, winner.Id, owner, TimeSpan.FromMinutes(2), now.AddMinutes(1), default));

            // The owner dies: nothing renews; after the lease another host takes the job, and the old owner has lost it.
            var retaken = await JobLeases.ClaimAsync(ctx, "test", "host-9", TimeSpan.FromMinutes(2), now.AddMinutes(4), default);
            Assert.Equal(winner.Id, retaken?.Id);
            Assert.False(await JobLeases.RenewAsync(ctx, winner.Id, owner, TimeSpan.FromMinutes(2), now.AddMinutes(4), default));
            await JobLeases.FinishAsync(ctx, winner.Id, "host-9", null, now.AddMinutes(5), default);
        }

        var done = await JobAsync(db, run);
        Assert.Equal(JobStatus.Done, done.Status);
        Assert.Equal(2, done.Attempts);
        Assert.Equal("host-9", done.LeaseOwner);
    }

    private static PlatformDbContext Platform(TestDatabase db)
    {
        var builder = new DbContextOptionsBuilder<PlatformDbContext>();
        db.Options.Apply(builder);
        return new PlatformDbContext(builder.Options);
    }

    private static async Task<Job> JobAsync(TestDatabase db, Guid runId)
    {
        await using var ctx = Platform(db);
        return await ctx.Set<Job>().AsNoTracking().SingleAsync(j => j.RunId == runId);
    }

    private static WebApplicationFactory<Program> Host(TestDatabase db, bool workers) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            WebHost.UseTestDatabase(b, db);
            b.UseSetting("Jobs:WorkerEnabled", workers ? "true" : "false");
        });

    private static async Task<HttpClient> LoginAsync(WebApplicationFactory<Program> host, string user)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await WebHost.PostLoginAsync(client, user, TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}

public sealed class DurableJobTestsOnSqlite() : DurableJobTests(DatabaseProvider.Sqlite);

public sealed class DurableJobTestsOnPostgres() : DurableJobTests(DatabaseProvider.Postgres);
