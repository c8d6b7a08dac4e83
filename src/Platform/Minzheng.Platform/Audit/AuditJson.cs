using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Minzheng.Platform.Audit;

/// <summary>How audit details are serialised: Chinese stays readable for auditors.</summary>
internal static class AuditJson
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
