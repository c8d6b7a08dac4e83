using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Kernel.Identity;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Data.Sealed;
using Minzheng.Monitoring.Domain;
using Minzheng.Platform.Security;
using Minzheng.TestSupport;
using static Minzheng.IntegrationTests.Monitoring.MonitoringClient;

namespace Minzheng.IntegrationTests.Monitoring;

/// <summary>
/// Partner feeds hold ID numbers and medical costs: they are stored as SM4-GCM chunks, read back only into memory,
/// refused as soon as an upload passes its limit, and purged after the retention period with an audit.
/// </summary>
public abstract class FeedAtRestTests(WebHost host)
{
    private static readonly string[] MedicalOnly = ["medical"];

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, MonitoringDbContext, Task<T>> act)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test");
        return await act(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<MonitoringDbContext>());
    }

    private Task<byte[]> ReadBackAsync(Guid uploadId) =>
        InScopeAsync(async (sp, db) =>
        {
            var upload = await db.Uploads.AsNoTracking().SingleAsync(u => u.Id == uploadId);
            using var folder = WorkFolder.Create();
            using var spool = await SealedSpool.FromStoreAsync(db, upload, sp.GetRequiredService<FieldProtector>(), folder, CancellationToken.None);
            using var plain = spool.OpenPlain();
            using var copy = new MemoryStream();
            await plain.CopyToAsync(copy);
            return copy.ToArray();
        });

    [Fact]
    public async Task A_stored_feed_is_encrypted_chunks_with_no_clear_ID_number_and_reads_back_as_sent()
    {
        var officer = await host.LoginAsync("officer");
        var id = IdNumbers.Next();
        var csv = $"id_number,death_date\n{id},2022-03-04\n";
        var response = await UploadAsync(officer, "deaths", csv);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var uploadId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var (chunks, legacy) = await InScopeAsync(async (_, db) =>
            (await db.Chunks.AsNoTracking().Where(c => c.UploadId == uploadId).ToListAsync(), await db.LegacyContents.CountAsync(c => c.UploadId == uploadId)));
        var chunk = Assert.Single(chunks);
        Assert.Equal(0, legacy);
        Assert.Equal(-1, chunk.Cipher.AsSpan().IndexOf(Encoding.ASCII.GetBytes(id)));
        Assert.Equal(Encoding.UTF8.GetBytes(csv), await ReadBackAsync(uploadId));
    }

    [Fact]
    public async Task A_partner_feed_over_the_limit_is_refused_while_it_arrives()
    {
        var officer = await host.LoginAsync("officer");
        var created = await (await (await host.LoginAsync("sysadmin")).PostAsJsonAsync("/api/admin/partners", new { department = "衡阳市卫健委", kinds = MedicalOnly, requestedBy = "officer", requestNote = "测试" })).Content.ReadFromJsonAsync<JsonElement>();
        var credentials = $"{created.GetProperty("client").GetProperty("clientId").GetString()}:{created.GetProperty("secret").GetString()}";
        var body = new EndlessCsv(32L << 20); // the test hosts allow 4 MB (Monitoring:MaxFeedBytes)
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/partner/feeds/medical?fileName=medical.csv") { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));

        HttpResponseMessage? response = null;
        try
        {
            response = await host.Anonymous().SendAsync(request);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            // The host may stop the upload mid-body; what matters is how much it took.
        }

        if (response is not null)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("文件不能超过 4 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.True(body.Sent < 16L << 20, $"the host read {body.Sent >> 20} MB of a body it should refuse at 4 MB");
    }

    [Fact]
    public async Task Versions_past_the_retention_are_purged_with_an_audit_and_each_latest_version_is_kept()
    {
        var officer = await host.LoginAsync("officer");
        var older = await StoreAsync(officer, "property");
        var latest = await StoreAsync(officer, "property");
        await InScopeAsync(async (_, db) =>
        {
            foreach (var u in await db.Uploads.Where(u => u.Id == older || u.Id == latest).ToListAsync())
            {
                u.UploadedAtUtc = u.UploadedAtUtc.AddDays(-400);
            }

            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("zhengxiang")).PostAsync("/api/monitoring/feeds/purge", null)).StatusCode);
        var purged = await (await officer.PostAsync("/api/monitoring/feeds/purge", null)).Content.ReadFromJsonAsync<JsonElement>();
        var versions = purged.GetProperty("versions").EnumerateArray().Select(v => v.GetString()).ToList();
        var (olderVersion, latestVersion) = await InScopeAsync(async (_, db) =>
            ((await db.Uploads.FindAsync(older))!.Version, (await db.Uploads.FindAsync(latest))!.Version));
        Assert.Contains($"property 第 {olderVersion} 版", versions);
        Assert.DoesNotContain($"property 第 {latestVersion} 版", versions);

        var (olderChunks, latestChunks, purgedAt) = await InScopeAsync(async (_, db) => (
            await db.Chunks.CountAsync(c => c.UploadId == older), await db.Chunks.CountAsync(c => c.UploadId == latest),
            (await db.Uploads.AsNoTracking().SingleAsync(u => u.Id == older)).PurgedAtUtc));
        Assert.Equal(0, olderChunks);
        Assert.True(latestChunks > 0);
        Assert.NotNull(purgedAt);

        var again = await (await officer.PostAsync("/api/monitoring/feeds/purge", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain($"property 第 {olderVersion} 版", again.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        var audit = await (await host.LoginAsync("auditor")).GetFromJsonAsync<JsonElement>("/api/audit?action=delete&size=100");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("entityId").GetString() == older.ToString());
    }

    [Fact]
    public async Task A_feed_stored_in_clear_before_encryption_is_sealed_and_its_clear_row_removed()
    {
        var clear = Encoding.UTF8.GetBytes($"id_number,death_date\n{IdNumbers.Next()},2022-01-01\n");
        var uploadId = Guid.NewGuid();
        await InScopeAsync(async (_, db) =>
        {
            db.Uploads.Add(new FeedUpload
            {
                Id = uploadId, Kind = "deaths", Version = -Random.Shared.Next(1000, 1_000_000), FileName = "old.csv", Sm3 = Sm3Checksum.Hex(clear),
                SizeBytes = clear.Length, Rows = 1, Channel = UploadChannel.Cli, UploadedBy = "test", UploadedAtUtc = DateTime.UtcNow,
            });
            db.LegacyContents.Add(new FeedContent { UploadId = uploadId, Bytes = clear });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(clear, await ReadBackAsync(uploadId)); // read (sealed on the way) before the sealing too

        var sealedCount = await InScopeAsync((sp, _) => LegacyFeedSealing.SealAllAsync(sp, CancellationToken.None));
        Assert.True(sealedCount >= 1);
        Assert.Equal(0, await InScopeAsync(async (_, db) => await db.LegacyContents.CountAsync(c => c.UploadId == uploadId)));
        Assert.Equal(clear, await ReadBackAsync(uploadId));
    }

    private static async Task<Guid> StoreAsync(HttpClient officer, string kind)
    {
        var response = await UploadAsync(officer, kind, $"owner_id_number,certificate_no,area_m2\n{IdNumbers.Next()},湘2022-{Guid.NewGuid():N},88.5\n");
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A valid medical feed as long as asked, generated as it is sent; counts what the host took.</summary>
    private sealed class EndlessCsv(long length) : HttpContent
    {
        public long Sent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var header = "id_number,settled_on,total_yuan,out_of_pocket_yuan\n"u8.ToArray();
            await stream.WriteAsync(header);
            Sent += header.Length;
            var line = Encoding.ASCII.GetBytes($"{IdNumbers.Next()},2022-03-04,300.00,100.00\n");
            var block = new byte[line.Length * 4096];
            for (var i = 0; i < 4096; i++)
            {
                line.CopyTo(block, i * line.Length);
            }

            while (Sent < length)
            {
                await stream.WriteAsync(block);
                Sent += block.Length;
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}

[Collection("sqlite")]
public sealed class FeedAtRestTestsOnSqlite(SqliteWebHost host) : FeedAtRestTests(host)
{
    /// <summary>The assessor's check at rest: no valid 18-digit ID number in clear anywhere in the database file or its WAL.</summary>
    [Fact]
    public async Task No_clear_ID_number_is_in_the_database_file_or_its_WAL()
    {
        var officer = await host.LoginAsync("officer");
        await UploadOkAsync(officer, "deaths", $"id_number,death_date\n{IdNumbers.Next()},2022-05-06\n");
        var dbFile = host.Database.Options.ConnectionString["Data Source=".Length..].Split(';')[0];
        var found = new List<string>();
        foreach (var path in new[] { dbFile, dbFile + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            var text = Encoding.Latin1.GetString(copy.ToArray());
            foreach (Match m in Regex.Matches(text, "(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])"))
            {
                if (IdNumber.TryParse(m.Value, DateOnly.FromDateTime(DateTime.UtcNow), out _, out _))
                {
                    found.Add($"{Path.GetFileName(path)}@{m.Index}: {m.Value[..6]}…{Regex.Replace(text.Substring(Math.Max(0, m.Index - 60), 60), "[^ -~]", ".")}");
                }
            }
        }

        Assert.True(found.Count == 0, string.Join("\n", found.Take(10)));
    }
}

[Collection("postgres")]
public sealed class FeedAtRestTestsOnPostgres(PostgresWebHost host) : FeedAtRestTests(host);
