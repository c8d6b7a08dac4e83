using Minzheng.Matching.Csv;

namespace Minzheng.Matching.Engine;

/// <summary>
/// A feed to read: a file by its path, or — when <see cref="Open"/> is set — a stream it opens (a stored feed decrypted
/// as it is read), named by <see cref="Path"/> and <see cref="Length"/> bytes long.
/// </summary>
public sealed record FeedInput(FeedKind Kind, string Path)
{
    public Func<Stream>? Open { get; init; }

    public long Length { get; init; }

    internal long Size => Open is null ? new FileInfo(Path).Length : Length;

    internal IRowSource Source(IProgress<long>? progress = null) =>
        Open is null ? RowSources.Open(Path, progress) : RowSources.Open(Open(), System.IO.Path.GetFileName(Path), progress);
}
