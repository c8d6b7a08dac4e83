namespace Minzheng.Matching.Csv;

/// <summary>A file that cannot be read at all (missing column, not text, empty, an over-long line): rejected whole.</summary>
public sealed class FeedFileException(string file, string message) : Exception($"{file}: {message}")
{
    public string File { get; } = file;

    public string Reason { get; } = message;
}
