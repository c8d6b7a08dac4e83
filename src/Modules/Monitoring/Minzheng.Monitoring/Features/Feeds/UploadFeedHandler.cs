using Microsoft.EntityFrameworkCore;
using Minzheng.Matching.Csv;
using Minzheng.Matching.Engine;
using Microsoft.Extensions.Configuration;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Data.Sealed;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Shared;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;

namespace Minzheng.Monitoring.Features.Feeds;

/// <summary>A feed file as received: from the page, the API, a partner client (the request body, read as it arrives) or the CLI.</summary>
internal sealed record FeedFile(string FileName, Func<Stream> Open)
{
    public static FeedFile FromBytes(string fileName, byte[] bytes) => new(fileName, () => new MemoryStream(bytes, writable: false));
}

/// <summary>The stored version, and whether it was already there (the same file sent twice is stored once).</summary>
internal sealed record UploadResult(Guid Id, string Kind, int Version, long Rows, string Sm3, bool Duplicate);

/// <summary>
/// Applies a feed whole or not at all: the header, then every row is checked; one bad row refuses the file, with every
/// problem named by line and column (the first 200), and nothing is stored. The file is encrypted as it arrives (a private
/// spool of SM4-GCM chunks; the size limit checked as it goes) and stored as those chunks: no clear copy is kept anywhere.
/// </summary>
internal sealed class UploadFeedHandler(MonitoringDbContext db, FieldProtector protector, TimeProvider clock, IConfiguration? configuration = null)
{
    public const long MaxBytes = 200L * 1024 * 1024;

    /// <summary>Chunks written per SaveChanges, so that a large feed is not held in memory whole.</summary>
    private const int ChunksPerSave = 8;

    private long Limit => configuration?.GetValue("Monitoring:MaxFeedBytes", MaxBytes) ?? MaxBytes; // the CLI has no configuration service

    /// <summary>A staff upload (page, API, CLI): district only.</summary>
    public Task<UploadResult> HandleAsync(string kind, FeedFile file, UploadChannel channel, CancellationToken ct = default)
    {
        MonitoringAccess.EnsureDistrict(db.User);
        return ApplyAsync(kind, file, channel, db.User.UserName, ct);
    }

    /// <summary>A partner client's upload: only the feeds it owns.</summary>
    public Task<UploadResult> HandlePartnerAsync(PartnerClient client, string kind, FeedFile file, CancellationToken ct = default)
    {
        if (!client.KindList.Contains(kind.Trim().ToLowerInvariant()))
        {
            throw new ForbiddenException($"客户端 {client.ClientId} 无权报送 {kind}");
        }

        return ApplyAsync(kind, file, UploadChannel.Partner, $"{client.Department}（{client.ClientId}）", ct);
    }

    private async Task<UploadResult> ApplyAsync(string kind, FeedFile file, UploadChannel channel, string by, CancellationToken ct)
    {
        var type = FeedCatalogue.Find(kind) ?? throw new InputValidationException("kind", $"没有名为 {kind} 的数据项，可选：{string.Join("、", FeedCatalogue.All.Select(t => t.Key))}");
        var name = Path.GetFileName(file.FileName ?? string.Empty);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx"))
        {
            throw new InputValidationException("file", "只接受 CSV（UTF-8）或 XLSX 文件");
        }

        var id = Guid.NewGuid();
        using var spool = await SealedSpool.WriteAsync(file.Open(), id, protector, Limit, ct);
        if (spool.Length == 0)
        {
            throw new InputValidationException("file", "文件为空");
        }

        var zip = spool.StartsAsZip();
        if (zip != (extension == ".xlsx"))
        {
            throw new InputValidationException("file", zip ? "文件内容是 XLSX，扩展名却不是 .xlsx" : "文件内容不是有效的 XLSX 文件");
        }

        Check(type, name, spool, zip, out var rows);

        var latest = await db.Uploads.AsNoTracking().Where(u => u.Kind == type.Key).OrderByDescending(u => u.Version).FirstOrDefaultAsync(ct);
        if (latest is not null && latest.Sm3 == spool.Sm3 && latest.PurgedAtUtc is null)
        {
            return new UploadResult(latest.Id, latest.Kind, latest.Version, latest.Rows, latest.Sm3, Duplicate: true);
        }

        var upload = new FeedUpload
        {
            Id = id,
            Kind = type.Key,
            Version = (latest?.Version ?? 0) + 1,
            FileName = name,
            Sm3 = spool.Sm3,
            SizeBytes = spool.Length,
            Rows = rows,
            Channel = channel,
            UploadedBy = by,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Uploads.Add(upload);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("同一数据项正在被另一次上传写入，请稍后重试");
        }

        await StoreChunksAsync(spool, ct);
        await tx.CommitAsync(ct);

        return new UploadResult(upload.Id, upload.Kind, upload.Version, upload.Rows, upload.Sm3, Duplicate: false);
    }

    private async Task StoreChunksAsync(SealedSpool spool, CancellationToken ct)
    {
        var seq = 0;
        var pending = new List<FeedChunk>(ChunksPerSave);
        foreach (var frame in spool.Frames())
        {
            var chunk = new FeedChunk { UploadId = spool.UploadId, Seq = seq++, Cipher = frame };
            db.Chunks.Add(chunk);
            pending.Add(chunk);
            if (pending.Count == ChunksPerSave)
            {
                await FlushAsync();
            }
        }

        await FlushAsync();

        async Task FlushAsync()
        {
            await db.SaveChangesAsync(ct);
            foreach (var c in pending)
            {
                db.Entry(c).State = EntityState.Detached;
            }

            pending.Clear();
        }
    }

    private static void Check(FeedType type, string name, SealedSpool spool, bool zip, out long rows)
    {
        FeedValidation result;
        try
        {
            var plain = spool.OpenPlain();
            if (zip && Minzheng.Kernel.Files.XlsxGuard.Check(plain, RowSources.XlsxMaxUnpackedBytes, RowSources.XlsxMaxUnpackedBytes) is { } refused)
            {
                plain.Dispose();
                throw new FeedFileException(name, refused);
            }

            using var source = RowSources.Open(plain, name);
            result = FeedValidator.Validate(source, name, type.Kind);
        }
        catch (FeedFileException e)
        {
            throw new InputValidationException("file", $"文件未导入：{e.Reason}");
        }

        if (!result.Valid)
        {
            var errors = new FieldErrors();
            errors.Add("file", $"文件未导入：共 {result.Rows} 行，{result.ErrorCount} 处错误" + (result.ErrorCount > result.Errors.Count ? $"（列出前 {result.Errors.Count} 处）" : string.Empty));
            foreach (var e in result.Errors)
            {
                errors.Add($"第{e.Line}行 {e.Column}", e.Reason);
            }

            errors.ThrowIfAny();
        }

        rows = result.Rows;
    }
}
