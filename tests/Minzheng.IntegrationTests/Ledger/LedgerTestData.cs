using Microsoft.EntityFrameworkCore;
using Minzheng.Ledger.Data;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Outbox;

namespace Minzheng.IntegrationTests.Ledger;

internal static class LedgerTestData
{
    public static LedgerDbContext Context(DatabaseOptions db)
    {
        var builder = new DbContextOptionsBuilder<LedgerDbContext>();
        db.Apply(builder);
        return new LedgerDbContext(builder.Options, new SystemUser(), TimeProvider.System);
    }

    /// <summary>Publishes payment-like events as a module would (no personal data: a salted commitment stands for the person).</summary>
    public static async Task PublishAsync(DatabaseOptions db, int count)
    {
        await using var ctx = Context(db);
        var run = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < count; i++)
        {
            ctx.Outbox.Add(new OutboxMessage
            {
                EventType = "assist.payment",
                Payload = $$"""{"amountFen":{{60200 + i}},"month":"2022-07","person":"{{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))}}","programme":"dibao"}""",
                IdempotencyKey = $"test-{run}-{i}",
                CreatedAtUtc = DateTime.UtcNow,
            });
        }

        await ctx.SaveChangesAsync();
    }
}
