using System.Text.Json;

namespace Minzheng.Platform.Outbox;

/// <summary>One JSON shape for internal events: camelCase, so subscribers read what publishers wrote.</summary>
public static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static T Read<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, Options) ?? throw new InvalidOperationException($"empty event payload for {typeof(T).Name}");
}
