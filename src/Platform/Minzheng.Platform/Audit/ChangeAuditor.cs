using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Minzheng.Platform.Access;

namespace Minzheng.Platform.Audit;

/// <summary>Turns tracked changes of <see cref="IAudited"/> entities into audit rows saved in the same transaction.</summary>
internal static class ChangeAuditor
{

    public static List<AuditEntry> Collect(ChangeTracker tracker, ICurrentUser user, DateTime nowUtc)
    {
        var rows = new List<AuditEntry>();
        foreach (var entry in tracker.Entries().Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var entity = (IAudited)entry.Entity;
            var changes = new Dictionary<string, object?[]>();
            foreach (var p in entry.Properties)
            {
                if (entry.State == EntityState.Modified && !p.IsModified)
                {
                    continue;
                }

                var isProtected = p.Metadata.PropertyInfo?.GetCustomAttribute<ProtectedFieldAttribute>() is not null;
                object? before = entry.State == EntityState.Added ? null : p.OriginalValue;
                object? after = entry.State == EntityState.Deleted ? null : p.CurrentValue;
                if (isProtected)
                {
                    before = before is null ? null : "***";
                    after = after is null ? null : "***";
                }

                changes[p.Metadata.Name] = [before, after];
            }

            rows.Add(new AuditEntry
            {
                AtUtc = nowUtc,
                UserId = user.UserId,
                UserName = user.UserName,
                Action = entry.State switch
                {
                    EntityState.Added => AuditActions.Create,
                    EntityState.Deleted => AuditActions.Delete,
                    _ => AuditActions.Update,
                },
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = entity.AuditId,
                RegionCode = entity.AuditRegion,
                Details = AuditJson.Serialize(changes),
            });
        }

        return rows;
    }
}
