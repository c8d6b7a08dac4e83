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
/// all). The monthly job reads each feed's latest version. The bytes live in <see cref="FeedContent"/>.
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
}

/// <summary>The stored file of an applied feed version, kept apart so that lists never load it.</summary>
internal sealed class FeedContent
{
    public Guid UploadId { get; set; }

    public byte[] Bytes { get; set; } = [];
}
