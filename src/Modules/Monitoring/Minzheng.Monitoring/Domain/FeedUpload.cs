namespace Minzheng.Monitoring.Domain;

/// <summary>How a feed reached us.</summary>
internal enum UploadChannel
{
    Ui,
    Api,
    Partner,
    Cli,
}

/// <summary>
/// One applied version of a feed: only files that passed every row check are stored (a feed is applied whole or not at
/// all). The monthly job reads each feed's latest version. The bytes live encrypted in <see cref="FeedChunk"/> rows until the
/// version is purged after the retention period (the row stays, as the record of what was received).
/// </summary>
internal sealed class FeedUpload
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Kind { get; set; } = string.Empty;

    /// <summary>1, 2, … per feed kind.</summary>
    public int Version { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string Sm3 { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    public long Rows { get; set; }

    public UploadChannel Channel { get; set; }

    /// <summary>The staff account or the partner client that sent it.</summary>
    public string UploadedBy { get; set; } = string.Empty;

    public DateTime UploadedAtUtc { get; set; }

    /// <summary>When its content was purged (retention); null while it is kept.</summary>
    public DateTime? PurgedAtUtc { get; set; }
}

/// <summary>
/// A feed as stored before its content was encrypted (clear bytes). Read only to seal it into chunks at startup
/// (<c>LegacyFeedSealing</c>), then deleted.
/// </summary>
internal sealed class FeedContent
{
    public Guid UploadId { get; set; }

    public byte[] Bytes { get; set; } = [];
}

/// <summary>One encrypted chunk (SM4-GCM, 1 MiB of the file) of a stored feed version, in order.</summary>
internal sealed class FeedChunk
{
    public Guid UploadId { get; set; }

    public int Seq { get; set; }

    public byte[] Cipher { get; set; } = [];
}
