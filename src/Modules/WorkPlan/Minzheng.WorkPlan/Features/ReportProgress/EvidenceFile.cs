namespace Minzheng.WorkPlan.Features.ReportProgress;

/// <summary>
/// An evidence file as uploaded. Only documents and images a bureau keeps as 佐证材料 are taken, and the bytes must
/// be what the extension says (a renamed executable or a broken file is refused).
/// </summary>
public sealed record EvidenceFile(string Name, string ContentType, byte[] Bytes)
{
    public const int MaxBytes = 10 * 1024 * 1024;

    private static readonly Dictionary<string, byte[][]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = [[0x25, 0x50, 0x44, 0x46]],
        [".png"] = [[0x89, 0x50, 0x4E, 0x47]],
        [".jpg"] = [[0xFF, 0xD8, 0xFF]],
        [".jpeg"] = [[0xFF, 0xD8, 0xFF]],
        [".xlsx"] = [[0x50, 0x4B, 0x03, 0x04]],
        [".docx"] = [[0x50, 0x4B, 0x03, 0x04]],
        [".xls"] = [[0xD0, 0xCF, 0x11, 0xE0]],
        [".doc"] = [[0xD0, 0xCF, 0x11, 0xE0]],
    };

    /// <summary>Null when acceptable, else the Chinese reason.</summary>
    public string? Problem()
    {
        var extension = Path.GetExtension(Name);
        if (Bytes.Length == 0)
        {
            return "佐证材料为空文件";
        }

        if (Bytes.Length > MaxBytes)
        {
            return "佐证材料不能超过 10 MB";
        }

        if (!Signatures.TryGetValue(extension, out var signatures))
        {
            return "佐证材料只接受 PDF、图片（JPG/PNG）、Word 或 Excel 文件";
        }

        return signatures.Any(s => Bytes.AsSpan().StartsWith(s)) ? null : $"文件内容不是有效的 {extension.TrimStart('.').ToUpperInvariant()} 文件";
    }
}
