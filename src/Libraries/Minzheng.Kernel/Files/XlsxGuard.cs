using System.IO.Compression;

namespace Minzheng.Kernel.Files;

/// <summary>
/// Looks into an XLSX (a zip) before anything parses it, so that a small file cannot unpack into gigabytes (a zip bomb):
/// at most <see cref="MaxEntries"/> parts, each part and all of them together within the limits, and no part larger
/// than 1 MB unpacking more than <see cref="MaxRatio"/> times its packed size (real spreadsheets pack 5–30:1). The
/// declared sizes can be trusted because .NET stops unpacking an entry at its declared size. The stream is left at 0.
/// </summary>
public static class XlsxGuard
{
    public const int MaxEntries = 1000;
    public const int MaxRatio = 100;
    private const long RatioFloor = 1 << 20;

    /// <summary>Null when the file may be parsed; otherwise what is wrong, in Chinese.</summary>
    public static string? Check(Stream seekable, long maxEntryBytes, long maxTotalBytes)
    {
        try
        {
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                return $"XLSX 文件内部部件过多（{zip.Entries.Count} 个）";
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > maxEntryBytes || total > maxTotalBytes)
                {
                    return $"XLSX 文件解压后过大（超过 {maxTotalBytes / (1024 * 1024)} MB），请拆分后上传或改用 CSV";
                }

                if (entry.Length > RatioFloor && entry.Length > entry.CompressedLength * MaxRatio)
                {
                    return $"XLSX 文件压缩比异常（{entry.FullName} 超过 {MaxRatio}:1），已拒绝";
                }
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return "无法读取文件：不是有效的 XLSX 文件";
        }
        finally
        {
            seekable.Position = 0;
        }
    }
}
