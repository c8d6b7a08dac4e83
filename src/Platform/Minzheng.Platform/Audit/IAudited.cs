namespace Minzheng.Platform.Audit;

/// <summary>Marks an entity whose changes are written to the audit trail with before/after values.</summary>
public interface IAudited
{
    string AuditId { get; }

    string? AuditRegion { get; }
}

/// <summary>Marks a property whose value must never reach the audit trail in clear (encrypted fields, blind indexes).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ProtectedFieldAttribute : Attribute;
