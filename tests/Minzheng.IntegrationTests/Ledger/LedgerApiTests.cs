using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Ledger;
using Minzheng.Merkle;

namespace Minzheng.IntegrationTests.Ledger;

public abstract class LedgerApiTests(WebHost host)
{
    private async Task<(long Appended, long? Checkpoint)> AppendAsync(bool checkpoint = false)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var (appended, size) = await scope.ServiceProvider.GetRequiredService<LedgerOperations>().AppendAllAsync(checkpoint);
        return (appended, size);
    }

    [Fact]
    public async Task Outbox_events_are_appended_exactly_once_and_anyone_can_verify_their_proofs()
    {
        await LedgerTestData.PublishAsync(host.Database.Options, 37);
        var (first, _) = await AppendAsync();
        Assert.True(first >= 37);
        Assert.Equal(0, (await AppendAsync()).Appended);

        var anonymous = host.Anonymous();
        var verifier = new Verifier(new TreeHasher(Sm3Hash.Instance));
        foreach (var index in new long[] { 0, 1, 17, 36 })
        {
            var answer = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/ledger/proof/inclusion?index={index}");
            var entry = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/ledger/entries/{index}");
            var leaf = new TreeHasher(Sm3Hash.Instance).HashLeaf(System.Text.Encoding.UTF8.GetBytes(entry.GetProperty("eventType").GetString() + "\n" + entry.GetProperty("payload").GetString()));
            Assert.Equal(Convert.ToHexStringLower(leaf), answer.GetProperty("leafHash").GetString());
            Assert.True(verifier.VerifyInclusion(leaf, index, answer.GetProperty("size").GetInt64(), Hashes(answer.GetProperty("proof")), Convert.FromHexString(answer.GetProperty("root").GetString()!)));
        }

        var size = (await anonymous.GetFromJsonAsync<JsonElement>("/api/public/ledger/proof/inclusion?index=0")).GetProperty("size").GetInt64();
        var consistency = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/ledger/proof/consistency?from=5&to={size}");
        Assert.True(verifier.VerifyConsistency(5, size, Hashes(consistency.GetProperty("proof")),
            Convert.FromHexString(consistency.GetProperty("oldRoot").GetString()!), Convert.FromHexString(consistency.GetProperty("newRoot").GetString()!)));

        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync($"/api/public/ledger/proof/inclusion?index={size}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/api/public/ledger/proof/consistency?from=0&to=3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/ledger/entries/{size + 5}")).StatusCode);
    }

    [Fact]
    public async Task A_signed_checkpoint_is_public_and_takes_a_known_witnesses_cosignature_only()
    {
        await LedgerTestData.PublishAsync(host.Database.Options, 3);
        var (_, size) = await AppendAsync(checkpoint: true);
        Assert.NotNull(size);
        var anonymous = host.Anonymous();
        var text = await anonymous.GetStringAsync("/api/public/ledger/checkpoint");
        var signed = SignedCheckpoint.Parse(text);
        Assert.Equal(size, signed.Checkpoint.Size);
        var logKey = SignerKey.ImportPrivate(await File.ReadAllTextAsync(host.LedgerKeyFile)).Public;
        Assert.True(CheckpointVerifier.Check(signed, logKey, []).LogSignatureValid);

        var stranger = SignerKey.Generate("stranger", SignatureAlgorithm.Ed25519);
        var now = DateTimeOffset.UtcNow;
        var refused = await anonymous.PostAsync("/api/public/ledger/witness", new StringContent(signed.With(stranger.Cosign(signed.Checkpoint, now)).ToText()));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        // The known witness, but a plain note signature (not cosignature/v1), or a cosignature dated tomorrow: not taken.
        var notACosignature = await anonymous.PostAsync("/api/public/ledger/witness", new StringContent(signed.With(host.Witness.Sign(signed.Checkpoint)).ToText()));
        Assert.Equal(HttpStatusCode.Conflict, notACosignature.StatusCode);
        var fromTheFuture = await anonymous.PostAsync("/api/public/ledger/witness", new StringContent(signed.With(host.Witness.Cosign(signed.Checkpoint, now.AddDays(1))).ToText()));
        Assert.Equal(HttpStatusCode.Conflict, fromTheFuture.StatusCode);

        var accepted = await anonymous.PostAsync("/api/public/ledger/witness", new StringContent(signed.With(host.Witness.Cosign(signed.Checkpoint, now)).ToText()));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var cosigned = SignedCheckpoint.Parse(await anonymous.GetStringAsync("/api/public/ledger/checkpoint"));
        Assert.Equal(["audit-office"], CheckpointVerifier.Check(cosigned, logKey, [host.Witness.Public]).ValidWitnesses);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsync("/api/public/ledger/witness", new StringContent("garbage"))).StatusCode);
    }

    [Fact]
    public async Task A_standard_C2SP_witness_verifies_the_logs_Ed25519_line_and_its_cosignature_is_taken()
    {
        await LedgerTestData.PublishAsync(host.Database.Options, 2);
        await AppendAsync(checkpoint: true);
        var anonymous = host.Anonymous();
        var signed = SignedCheckpoint.Parse(await anonymous.GetStringAsync("/api/public/ledger/checkpoint"));

        // Two log lines under the origin's name: SM2 (our type) and Ed25519 (type 0x01), told apart by their key IDs.
        Assert.Equal(2, signed.Signatures.Count(s => s.KeyName == signed.Checkpoint.Origin));
        var standardLog = SignerKey.ImportPrivate(await File.ReadAllTextAsync(host.LedgerKeyFile.Replace(".key", "-ed25519.key", StringComparison.Ordinal))).Public;
        var vkey = standardLog.ToVkey(SignatureTypes.Role.Note);
        Assert.StartsWith(signed.Checkpoint.Origin + "+", vkey, StringComparison.Ordinal);
        Assert.True(CheckpointVerifier.Check(signed, standardLog, []).LogSignatureValid);

        var cosignature = host.StandardWitness.Cosign(signed.Checkpoint, DateTimeOffset.UtcNow);
        var accepted = await anonymous.PostAsync("/api/public/ledger/witness", new StringContent(signed.With(cosignature).ToText()));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var cosigned = SignedCheckpoint.Parse(await anonymous.GetStringAsync("/api/public/ledger/checkpoint"));
        Assert.Contains("witness.example/w1", CheckpointVerifier.Check(cosigned, standardLog, [host.StandardWitness.Public]).ValidWitnesses);
        Assert.Contains(vkey, System.Net.WebUtility.HtmlDecode(await anonymous.GetStringAsync("/ledger")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_page_shows_the_signed_checkpoint_and_verifies_an_entry_without_a_login()
    {
        await LedgerTestData.PublishAsync(host.Database.Options, 5);
        var (_, size) = await AppendAsync(checkpoint: true);
        var anonymous = host.Anonymous();
        var page = await anonymous.GetStringAsync("/ledger");
        Assert.Contains("服务链公开核验", page, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"checkpoint-size\">{size}<", page, StringComparison.Ordinal);
        Assert.Contains("日志签名有效", page, StringComparison.Ordinal);
        var verified = await anonymous.GetStringAsync("/ledger?index=2");
        Assert.Contains("第2条记录包含在规模为", verified, StringComparison.Ordinal);
        var outside = await anonymous.GetStringAsync($"/ledger?index={size + 10}");
        Assert.Contains($"日志中还没有第 {size + 10} 条记录", outside, StringComparison.Ordinal);
        // Issue 20.16: the summary reads at a glance; the signed note and the keys are folded away for those who verify.
        Assert.Contains("data-testid=\"signed-details\"", page, StringComparison.Ordinal);
        Assert.Contains("北京时间", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_verifies_as_soon_as_it_is_appended_with_a_checkpoint_signed_on_demand_at_most_every_ten_seconds()
    {
        await LedgerTestData.PublishAsync(host.Database.Options, 3);
        await AppendAsync(checkpoint: true);
        await LedgerTestData.PublishAsync(host.Database.Options, 2);
        await AppendAsync(checkpoint: false); // appended, not yet under a signed checkpoint
        var anonymous = host.Anonymous();
        var latest = SignedCheckpoint.Parse(await anonymous.GetStringAsync("/api/public/ledger/checkpoint")).Checkpoint.Size;
        var last = latest + 1; // the second of the two new entries

        // Just after a checkpoint, a reader cannot make the log sign again.
        Assert.Contains("日志中还没有第", await anonymous.GetStringAsync($"/ledger?index={last}"), StringComparison.Ordinal);

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test");
            await scope.ServiceProvider.GetRequiredService<Minzheng.Ledger.Data.LedgerDbContext>().Checkpoints
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.TimeUtc, x => x.TimeUtc.AddMinutes(-1)));
        }

        var verified = await anonymous.GetStringAsync($"/ledger?index={last}");
        Assert.Contains($"第{last}条记录包含在规模为", verified, StringComparison.Ordinal);
        Assert.True(SignedCheckpoint.Parse(await anonymous.GetStringAsync("/api/public/ledger/checkpoint")).Checkpoint.Size > last);
    }

    private static List<byte[]> Hashes(JsonElement array) => array.EnumerateArray().Select(h => Convert.FromHexString(h.GetString()!)).ToList();
}

[Collection("sqlite")]
public sealed class LedgerApiTestsOnSqlite(SqliteWebHost host) : LedgerApiTests(host);

[Collection("postgres")]
public sealed class LedgerApiTestsOnPostgres(PostgresWebHost host) : LedgerApiTests(host);
