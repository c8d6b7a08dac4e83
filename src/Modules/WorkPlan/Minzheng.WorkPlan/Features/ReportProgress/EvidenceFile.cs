using Minzheng.Platform.Files;

namespace Minzheng.WorkPlan.Features.ReportProgress;

/// <summary>A progress report's 佐证材料: documents and images a bureau keeps, checked by content.</summary>
internal sealed record EvidenceFile(string Name, string ContentType, byte[] Bytes)
{
    public const int MaxBytes = UploadedFile.MaxBytes;

    /// <summary>Null when acceptable, else the Chinese reason.</summary>
    public string? Problem() => new UploadedFile(Name, ContentType, Bytes).Problem(UploadedFile.Documents, "佐证材料", " PDF、图片（JPG/PNG）、Word 或 Excel ");
}
