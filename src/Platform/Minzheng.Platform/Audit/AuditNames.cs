using System.Text.Json;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Audit;

/// <summary>
/// The one place that turns entity types, actions, fields and coded values into Chinese — for the audit trail and for
/// the public service-chain receipt — from every module's <see cref="AuditVocabulary"/>.
/// </summary>
public sealed class AuditNames
{
    private readonly Dictionary<string, string> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    // A field is named by the module that owns the entity first ("Kind" is 户别 on a household, 预警类型 on an alert).
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _fieldsOf = new(StringComparer.Ordinal);

    public AuditNames(IEnumerable<AuditVocabulary> vocabularies)
    {
        foreach (var v in vocabularies)
        {
            Merge(_entities, v.Entities);
            Merge(_fields, v.Fields);
            Merge(_actions, v.Actions);
            Merge(_values, v.Values);
            foreach (var entity in v.Entities.Keys)
            {
                _fieldsOf.TryAdd(entity, v.Fields);
            }
        }
    }

    public string Entity(string? type) => type is null ? string.Empty : _entities.GetValueOrDefault(type, type);

    public bool KnowsEntity(string type) => _entities.ContainsKey(type);

    public bool KnowsField(string? entity, string field) => Named(entity, field) is not null;

    public string Field(string? entity, string field) => Named(entity, field) ?? field;

    private string? Named(string? entity, string field) =>
        entity is not null && _fieldsOf.TryGetValue(entity, out var own) && own.TryGetValue(field, out var name) ? name : _fields.GetValueOrDefault(field);

    public string Action(string action)
    {
        var shared = AuditActions.DisplayName(action);
        return shared != action ? shared : _actions.GetValueOrDefault(action, action);
    }

    /// <summary>A coded value in an event ("dibao", "approved") as staff and citizens read it; other values as they are.</summary>
    public string Value(string value) => _values.GetValueOrDefault(value, value);

    public bool KnowsAction(string action) => AuditActions.DisplayName(action) != action || _actions.ContainsKey(action);

    /// <summary>
    /// A row's details field by field: a change record (<c>{"Field":[before, after]}</c>) as before/after, any other JSON
    /// object as its values, plain text as one line; null when there is nothing to show.
    /// </summary>
    public IReadOnlyList<AuditChange> Changes(string? entity, string? details)
    {
        if (string.IsNullOrWhiteSpace(details))
        {
            return [];
        }

        if (!details.TrimStart().StartsWith('{'))
        {
            return [new AuditChange("内容", null, details)];
        }

        try
        {
            using var json = JsonDocument.Parse(details);
            var list = new List<AuditChange>();
            foreach (var p in json.RootElement.EnumerateObject())
            {
                list.Add(p.Value is { ValueKind: JsonValueKind.Array } pair && pair.GetArrayLength() == 2
                    ? new AuditChange(Field(entity, p.Name), Text(pair[0]), Text(pair[1]))
                    : new AuditChange(Field(entity, p.Name), null, Text(p.Value)));
            }

            return list;
        }
        catch (JsonException)
        {
            return [new AuditChange("内容", null, details)];
        }
    }

    private static string? Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => e.GetString() is { } s && DateTime.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at) && s.Length >= 19 && s.EndsWith('Z')
            ? ShanghaiClock.ToShanghai(at.ToUniversalTime()).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)
            : e.GetString(),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        _ => e.GetRawText(),
    };

    private static void Merge(Dictionary<string, string> into, IReadOnlyDictionary<string, string>? from)
    {
        foreach (var (k, v) in from ?? new Dictionary<string, string>())
        {
            into.TryAdd(k, v);
        }
    }
}
