using System.Text.Json;
using Minzheng.Platform.Errors;

namespace Minzheng.WorkPlan.Features.LoadPlan;

/// <summary>Parses a plan file; malformed JSON is an input error naming the line.</summary>
internal static class PlanFileReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static PlanFile Read(byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<PlanFile>(bytes, Options) ?? throw Invalid("计划文件为空");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"（第 {line + 1} 行）" : string.Empty;
            throw Invalid($"计划文件不是有效的 JSON{where}：{e.Path} 处的值无法读取");
        }
    }

    private static InputValidationException Invalid(string message) => new("file", message);
}
