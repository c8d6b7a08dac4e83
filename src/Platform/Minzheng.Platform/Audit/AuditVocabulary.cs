namespace Minzheng.Platform.Audit;

/// <summary>
/// What a module's audit rows are called in Chinese: its entity types (class names and the names it writes), its own
/// actions, and the fields of its audited entities. Each module registers one; <see cref="AuditNames"/> reads them all.
/// </summary>
public sealed record AuditVocabulary(
    IReadOnlyDictionary<string, string> Entities,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyDictionary<string, string>? Actions = null);

/// <summary>One field of a recorded change, as the auditor reads it.</summary>
public sealed record AuditChange(string Field, string? Before, string? After);
