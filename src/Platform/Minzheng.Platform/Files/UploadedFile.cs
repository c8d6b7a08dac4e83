namespace Minzheng.Platform.Files;

/// <summary>
/// A document or image uploaded as evidence (佐证材料, a signed consent, a photo). Only the kinds a use case allows are
/// taken, and the bytes must be what the extension says, read as a whole (<see cref="FileContent"/>): a renamed
/// executable, a polyglot or a broken file is refused. Names are reduced to a plain file name (no folders, no control
/// characters). Files are served back as attachments with nosniff.
/// </summary>
public sealed record UploadedFile(string Name, string ContentType, byte[] Bytes)
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Documents = [".pdf", ".jpg", ".jpeg", ".png", ".doc", ".docx", ".xls", ".xlsx"];

    public static readonly IReadOnlyList<string> ImagesAndPdf = [".pdf", ".jpg", ".jpeg", ".png"];

    private static readonly Dictionary<string, byte[]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = [0x25, 0x50, 0x44, 0x46],
        [".png"] = [0x89, 0x50, 0x4E, 0x47],
        [".jpg"] = [0xFF, 0xD8, 0xFF],
        [".jpeg"] = [0xFF, 0xD8, 0xFF],
        [".xlsx"] = [0x50, 0x4B, 0x03, 0x04],
        [".docx"] = [0x50, 0x4B, 0x03, 0x04],
        [".xls"] = [0xD0, 0xCF, 0x11, 0xE0],
        [".doc"] = [0xD0, 0xCF, 0x11, 0xE0],
    };

    /// <summary>
    /// A file sent as base64 in a JSON request (a photo, a signed consent): the file, or the Chinese reason it is refused —
    /// missing, not base64, or not one of the allowed kinds by its content.
    /// </summary>
    public static (UploadedFile? File, string? Problem) FromBase64(string? name, string? contentType, string? base64, IReadOnlyList<string> allowed, string what, string kinds)
    {
        if (string.IsNullOrEmpty(base64))
        {
            return (null, $"请上传{what}");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return (null, $"{what}的内容无效");
        }

        var file = new UploadedFile(SafeName(name), contentType ?? string.Empty, bytes);
        return file.Problem(allowed, what, kinds) is { } problem ? (null, problem) : (file, null);
    }

    /// <summary>Null when acceptable, else the Chinese reason; <paramref name="what"/> names the file to the user (佐证材料, 核对授权书).</summary>
    public string? Problem(IReadOnlyList<string> allowed, string what, string kinds)
    {
        var extension = Path.GetExtension(Name);
        if (Bytes.Length == 0)
        {
            return $"{what}为空文件";
        }

        if (Bytes.Length > MaxBytes)
        {
            return $"{what}不能超过 10 MB";
        }

        if (!allowed.Contains(extension, StringComparer.OrdinalIgnoreCase) || !Signatures.TryGetValue(extension, out var signature))
        {
            return $"{what}只接受{kinds}文件";
        }

        return Bytes.AsSpan().StartsWith(signature) && FileContent.IsValid(extension, Bytes)
            ? null
            : $"文件内容不是有效的 {extension.TrimStart('.').ToUpperInvariant()} 文件";
    }

    /// <summary>
    /// A plain file name from what a client sent: the last part of a Windows or Unix path, without control or reserved
    /// characters, at most 100 characters (the extension kept).
    /// </summary>
    public static string SafeName(string? name)
    {
        var last = (name ?? string.Empty).Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
        var clean = new string(last.Where(c => !char.IsControl(c) && c is not ('<' or '>' or ':' or '"' or '|' or '?' or '*')).ToArray()).Trim().TrimStart('.');
        if (clean.Length > 100)
        {
            var extension = Path.GetExtension(clean);
            clean = clean[..(100 - extension.Length)] + extension;
        }

        return clean.Length == 0 ? "file" : clean;
    }
}
