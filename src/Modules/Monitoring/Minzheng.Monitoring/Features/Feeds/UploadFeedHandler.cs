using Microsoft.EntityFrameworkCore;
using Minzheng.Matching.Csv;
using Minzheng.Matching.Engine;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Shared;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;

namespace Minzheng.Monitoring.Features.Feeds;

/// <summary>A feed file as received: from the page, the API, a partner client or the CLI.</summary>
internal sealed record FeedFile(string FileName, byte[] Bytes);

/// <summary>The stored version, and whether it was already there (the same file sent twice is stored once).</summary>
internal sealed record UploadResult(Guid Id, string Kind, int Version, long Rows, string Sm3, bool Duplicate);

/// <summary>
/// Applies a feed whole or not at all: the header, then every row is checked; one bad row refuses the file, with every
/// problem named by line and column (the first 200), and nothing is stored.
/// </summary>
internal sealed class UploadFeedHandler(MonitoringDbContext db, TimeProvider clock)
{
    public const long MaxBytes = 200L * 1024 * 1024;

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

        if (file.Bytes.Length == 0)
        {
            throw new InputValidationException("file", "文件为空");
        }

        if (file.Bytes.Length > MaxBytes)
        {
            throw new InputValidationException("file", "文件不能超过 200 MB");
        }

        var zip = file.Bytes.AsSpan().StartsWith((byte[])[0x50, 0x4B, 0x03, 0x04]);
        if (zip != (extension == ".xlsx"))
        {
            throw new InputValidationException("file", zip ? "文件内容是 XLSX，扩展名却不是 .xlsx" : "文件内容不是有效的 XLSX 文件");
        }

        Check(type, name, file.Bytes, out var rows);

        var sm3 = Sm3Checksum.Hex(file.Bytes);
        var latest = await db.Uploads.AsNoTracking().Where(u => u.Kind == type.Key).OrderByDescending(u => u.Version).FirstOrDefaultAsync(ct);
        if (latest is not null && latest.Sm3 == sm3)
        {
            return new UploadResult(latest.Id, latest.Kind, latest.Version, latest.Rows, latest.Sm3, Duplicate: true);
        }

        var upload = new FeedUpload
        {
            Kind = type.Key,
            Version = (latest?.Version ?? 0) + 1,
            FileName = name,
            Sm3 = sm3,
            SizeBytes = file.Bytes.Length,
            Rows = rows,
            Channel = channel,
            UploadedBy = by,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Uploads.Add(upload);
        db.Contents.Add(new FeedContent { UploadId = upload.Id, Bytes = file.Bytes });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("同一数据项正在被另一次上传写入，请稍后重试");
        }

        return new UploadResult(upload.Id, upload.Kind, upload.Version, upload.Rows, upload.Sm3, Duplicate: false);
    }

    private static void Check(FeedType type, string name, byte[] bytes, out long rows)
    {
        FeedValidation result;
        try
        {
            using var source = RowSources.Open(new MemoryStream(bytes, writable: false), name);
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
