namespace Minzheng.Matching.Csv;

public static class RowSources
{
    /// <summary>Opens a feed file by its content: XLSX (a zip) or CSV text.</summary>
    public static IRowSource Open(string path, IProgress<long>? progress = null) =>
        Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), Path.GetFileName(path), progress);

    /// <summary>
    /// What an XLSX feed may unpack to (about two million rows of sheet XML; a larger feed comes as CSV): callers check it
    /// with the kernel's XlsxGuard before opening an upload (this library depends on nothing of ours).
    /// </summary>
    public const long XlsxMaxUnpackedBytes = 1024L * 1024 * 1024;

    /// <summary>The same over a seekable stream (an upload held in memory); the source owns and disposes it.</summary>
    public static IRowSource Open(Stream stream, string name, IProgress<long>? progress = null)
    {
        try
        {
            var head = new byte[4];
            var n = stream.Read(head);
            stream.Position = 0;
            if (n == 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04)
            {
                progress?.Report(stream.Length);
                return new XlsxRowSource(stream, name);
            }

            return new CsvRowSource(stream, name, progress);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
