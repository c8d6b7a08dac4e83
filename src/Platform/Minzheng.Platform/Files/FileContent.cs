using System.Buffers.Binary;
using System.Text;

namespace Minzheng.Platform.Files;

/// <summary>
/// Whether a file's bytes are, as a whole, what its extension says — more than its first bytes: a PDF ends with its
/// trailer and carries no HTML, a PNG has its header and end chunks, a JPEG its frame and end markers, an Office file its
/// package structure. A polyglot (a PDF header in front of an HTML page) or a truncated file is refused.
/// </summary>
internal static class FileContent
{
    public static bool IsValid(string extension, ReadOnlySpan<byte> bytes) => extension.ToLowerInvariant() switch
    {
        ".pdf" => IsPdf(bytes),
        ".png" => IsPng(bytes),
        ".jpg" or ".jpeg" => IsJpeg(bytes),
        ".docx" => IsPackage(bytes, "word/"),
        ".xlsx" => IsPackage(bytes, "xl/"),
        ".doc" or ".xls" => IsCompoundFile(bytes),
        _ => false,
    };

    private static bool IsPdf(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("%PDF-"u8))
        {
            return false;
        }

        var tail = bytes[Math.Max(0, bytes.Length - 1024)..];
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        return tail.IndexOf("%%EOF"u8) >= 0 && tail.IndexOf("startxref"u8) >= 0
               && !head.Contains("<html", StringComparison.OrdinalIgnoreCase) && !head.Contains("<script", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsPng(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 8 + 25 + 12
        && bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        && bytes[12..16].SequenceEqual("IHDR"u8)
        && BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]) is > 0 and <= 20_000
        && BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]) is > 0 and <= 20_000
        && bytes[^8..^4].SequenceEqual("IEND"u8);

    private static bool IsJpeg(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 128 || !bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return false;
        }

        var hasFrame = bytes.IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC0]) > 0 || bytes.IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC2]) > 0 || bytes.IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC1]) > 0;
        return hasFrame && bytes[Math.Max(0, bytes.Length - 64)..].IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0;
    }

    private static bool IsPackage(ReadOnlySpan<byte> bytes, string part)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        if (Minzheng.Kernel.Files.XlsxGuard.Check(stream, 100L * 1024 * 1024, 200L * 1024 * 1024) is not null)
        {
            return false;
        }

        try
        {
            using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.Entries.Any(e => e.FullName.StartsWith(part, StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    // An OLE compound file (.doc, .xls): the full 8-byte signature and whole 512-byte sectors after the header.
    private static bool IsCompoundFile(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 1024 && bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) && bytes.Length % 512 == 0;
}
