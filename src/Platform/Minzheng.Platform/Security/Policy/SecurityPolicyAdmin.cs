using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;

namespace Minzheng.Platform.Security.Policy;

/// <summary>The 安全管理员 reads and sets the sign-in policy; the 审计管理员 and auditors read it. Every change is audited.</summary>
public sealed class SecurityPolicyAdmin(PlatformDbContext db, SecurityPolicyStore store, ICurrentUser user, TimeProvider clock)
{
    public async Task<SecurityPolicy> GetAsync(CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.SecurityAdmin) && !Roles.MayReadAudit.Any(user.IsInRole))
        {
            throw new ForbiddenException("只有安全管理员可以查看安全策略");
        }

        store.Invalidate();
        return await store.GetAsync(ct);
    }

    public async Task<SecurityPolicy> SaveAsync(SecurityPolicy policy, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.SecurityAdmin))
        {
            throw new ForbiddenException("只有安全管理员可以调整安全策略");
        }

        policy.Validate();
        var saved = await db.SecurityPolicy.ToDictionaryAsync(s => s.Key, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var current = await store.GetAsync(ct);
        foreach (var rule in SecurityPolicy.Rules.Where(r => policy[r.Key] != current[r.Key] || !saved.ContainsKey(r.Key)))
        {
            if (!saved.TryGetValue(rule.Key, out var row))
            {
                row = new SecurityPolicySetting { Key = rule.Key };
                db.SecurityPolicy.Add(row);
            }

            row.Value = policy[rule.Key];
            row.ChangedBy = user.UserName;
            row.ChangedAtUtc = now;
            // The platform's own tables are not audited by change tracking: the row says what changed, in the trail's format.
            db.AuditEntries.Add(new Audit.AuditEntry
            {
                AtUtc = now, UserId = user.UserId, UserName = user.UserName, ClientAddress = user.ClientAddress, Action = Audit.AuditActions.Update,
                EntityType = nameof(SecurityPolicySetting), EntityId = rule.Key,
                Details = Audit.AuditJson.Serialize(new Dictionary<string, int[]> { [rule.Key] = [rule.Shown(current[rule.Key]), rule.Shown(policy[rule.Key])] }),
            });
        }

        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return await store.GetAsync(ct);
    }
}
