namespace Minzheng.Platform.Audit;

/// <summary>
/// What a module's records are called in Chinese: its entity types (class names, the names it writes, the service-chain
/// event types it publishes), its own actions, the fields of its audited entities and events, and the coded values in
/// those events ("dibao" → 城乡低保). Each module registers one; <see cref="AuditNames"/> reads them all.
/// </summary>
public sealed record AuditVocabulary(
    IReadOnlyDictionary<string, string> Entities,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyDictionary<string, string>? Actions = null,
    IReadOnlyDictionary<string, string>? Values = null);

/// <summary>One field of a recorded change, as the auditor reads it.</summary>
public sealed record AuditChange(string Field, string? Before, string? After);
