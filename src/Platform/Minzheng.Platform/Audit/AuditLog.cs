using Minzheng.Platform.Access;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Audit;

/// <summary>Writes events that are not entity changes: logins, reveals, exports.</summary>
public sealed class AuditLog(PlatformDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task WriteAsync(string action, string? entityType = null, string? entityId = null, string? region = null,
        string? purpose = null, string? details = null, string? userName = null, Guid? userId = null, CancellationToken ct = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = userId ?? user.UserId,
            UserName = userName ?? user.UserName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            RegionCode = region,
            Purpose = purpose,
            Details = details,
            ClientAddress = user.ClientAddress,
        });
        await db.SaveChangesAsync(ct);
    }
}
