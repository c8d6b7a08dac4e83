using System.Buffers.Binary;
using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Domain;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;
using Org.BouncyCastle.Crypto.Digests;

namespace Minzheng.Monitoring.Data.Sealed;

/// <summary>
/// A feed file as encrypted chunks (SM4-GCM, 1 MiB each, bound to the upload and their position) in a private work file:
/// frames of [length][sealed chunk]. Uploads are written here as they arrive (the size limit checked as they go, the SM3
/// of the clear bytes computed on the way); runs copy the stored chunks here without decrypting. Clear bytes exist only
/// in memory, a chunk at a time, while a reader goes through <see cref="OpenPlain"/>.
/// </summary>
internal sealed class SealedSpool : IDisposable
{
    public const int ChunkSize = 1 << 20;

    private readonly FieldProtector _protector;
    private readonly WorkFolder? _ownFolder;

    private SealedSpool(string path, Guid uploadId, FieldProtector protector, WorkFolder? ownFolder)
    {
        FilePath = path;
        UploadId = uploadId;
        _protector = protector;
        _ownFolder = ownFolder;
    }

    public string FilePath { get; }

    public Guid UploadId { get; }

    /// <summary>Clear length in bytes.</summary>
    public long Length { get; private set; }

    public int Chunks { get; private set; }

    /// <summary>Hex SM3 of the clear bytes (set when written from an upload).</summary>
    public string Sm3 { get; private set; } = string.Empty;

    /// <summary>Reads an upload as it arrives; refuses (and removes the spool) as soon as it passes <paramref name="maxBytes"/>.</summary>
    public static async Task<SealedSpool> WriteAsync(Stream plain, Guid uploadId, FieldProtector protector, long maxBytes, CancellationToken ct)
    {
        var folder = WorkFolder.Create();
        SealedSpool? spool = new(Path.Combine(folder.Path, "upload.sealed"), uploadId, protector, folder);
        try
        {
            var sm3 = new SM3Digest();
            await using var file = new FileStream(spool.FilePath, WorkFolder.NewFile);
            var buffer = new byte[ChunkSize];
            while (true)
            {
                var filled = await FillAsync(plain, buffer, ct);
                if (filled == 0)
                {
                    break;
                }

                spool.Length += filled;
                if (spool.Length > maxBytes)
                {
                    throw new InputValidationException("file", $"文件不能超过 {maxBytes / (1024 * 1024)} MB");
                }

                sm3.BlockUpdate(buffer, 0, filled);
                await spool.AppendAsync(file, protector.Seal(buffer.AsSpan(0, filled), Associated(uploadId, spool.Chunks)), ct);
                if (filled < buffer.Length)
                {
                    break;
                }
            }

            var digest = new byte[sm3.GetDigestSize()];
            sm3.DoFinal(digest, 0);
            spool.Sm3 = Convert.ToHexStringLower(digest);
            var written = spool;
            spool = null;
            return written;
        }
        finally
        {
            spool?.Dispose(); // refused or failed: nothing is left behind
        }
    }

    /// <summary>A stored version's chunks, copied as they are (still sealed) into <paramref name="folder"/>.</summary>
    public static async Task<SealedSpool> FromStoreAsync(MonitoringDbContext db, FeedUpload upload, FieldProtector protector, WorkFolder folder, CancellationToken ct)
    {
        if (upload.PurgedAtUtc is not null)
        {
            throw new InvalidOperationException($"{upload.Kind} 第 {upload.Version} 版已超过保存期限被清除");
        }

        SealedSpool? spool = new(Path.Combine(folder.Path, $"{upload.Kind}-v{upload.Version}.sealed"), upload.Id, protector, null);
        try
        {
            await spool.CopyAsync(db, upload, ct);
            var copied = spool;
            spool = null;
            return copied;
        }
        finally
        {
            spool?.Dispose();
        }
    }

    private async Task CopyAsync(MonitoringDbContext db, FeedUpload upload, CancellationToken ct)
    {
        await using var file = new FileStream(FilePath, WorkFolder.NewFile);
        var expected = (int)((upload.SizeBytes + ChunkSize - 1) / ChunkSize);
        for (var seq = 0; seq < expected; seq++)
        {
            var cipher = await db.Chunks.AsNoTracking().Where(c => c.UploadId == upload.Id && c.Seq == seq).Select(c => c.Cipher).FirstOrDefaultAsync(ct);
            if (cipher is null && seq == 0 && await db.LegacyContents.AsNoTracking().Where(c => c.UploadId == upload.Id).Select(c => c.Bytes).FirstOrDefaultAsync(ct) is { } clear)
            {
                // Stored before encryption and not yet sealed by LegacyFeedSealing: sealed here, in memory, on the way.
                foreach (var frame in SealClear(clear, upload.Id, _protector))
                {
                    await AppendAsync(file, frame, ct);
                }

                break;
            }

            await AppendAsync(file, cipher ?? throw new InvalidOperationException($"{upload.Kind} 第 {upload.Version} 版的存储不完整（缺第 {seq + 1} 段）"), ct);
        }

        Length = upload.SizeBytes;
    }

    /// <summary>Clear bytes already in memory (a feed stored before encryption) as sealed chunks in order.</summary>
    public static IEnumerable<byte[]> SealClear(byte[] clear, Guid uploadId, FieldProtector protector)
    {
        for (int offset = 0, seq = 0; offset < clear.Length; offset += ChunkSize, seq++)
        {
            yield return protector.Seal(clear.AsSpan(offset, Math.Min(ChunkSize, clear.Length - offset)), Associated(uploadId, seq));
        }
    }

    /// <summary>The sealed chunks in order (to store them).</summary>
    public IEnumerable<byte[]> Frames()
    {
        using var file = File.OpenRead(FilePath);
        var header = new byte[4];
        while (file.Read(header) == 4)
        {
            var frame = new byte[BinaryPrimitives.ReadInt32LittleEndian(header)];
            file.ReadExactly(frame);
            yield return frame;
        }
    }

    /// <summary>
    /// The clear bytes as a stream that decrypts a chunk at a time; an XLSX (a zip, read at random) is opened into memory
    /// whole instead, which the XLSX limits keep small.
    /// </summary>
    public Stream OpenPlain()
    {
        var stream = new SealedReadStream(this);
        if (!IsZip(stream))
        {
            stream.Position = 0;
            return stream;
        }

        stream.Position = 0;
        var memory = new MemoryStream((int)Math.Min(Length, int.MaxValue));
        using (stream)
        {
            stream.CopyTo(memory);
        }

        memory.Position = 0;
        return memory;
    }

    /// <summary>Whether the clear bytes begin as a zip (XLSX) does.</summary>
    public bool StartsAsZip()
    {
        using var stream = new SealedReadStream(this);
        return IsZip(stream);
    }

    internal byte[] OpenChunk(byte[] sealedChunk, int seq) => _protector.Open(sealedChunk, Associated(UploadId, seq));

    public void Dispose()
    {
        if (_ownFolder is not null)
        {
            _ownFolder.Dispose();
        }
        else
        {
            File.Delete(FilePath);
        }
    }

    private static bool IsZip(Stream stream)
    {
        Span<byte> head = stackalloc byte[4];
        var n = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        return n == 4 && head.SequenceEqual((byte[])[0x50, 0x4B, 0x03, 0x04]);
    }

    private async Task AppendAsync(FileStream file, byte[] sealedChunk, CancellationToken ct)
    {
        var header = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, sealedChunk.Length);
        await file.WriteAsync(header, ct);
        await file.WriteAsync(sealedChunk, ct);
        Chunks++;
    }

    private static byte[] Associated(Guid uploadId, int seq)
    {
        var data = new byte[20];
        uploadId.TryWriteBytes(data);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(16), seq);
        return data;
    }

    private static async Task<int> FillAsync(Stream source, byte[] buffer, CancellationToken ct)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var n = await source.ReadAsync(buffer.AsMemory(filled), ct);
            if (n == 0)
            {
                break;
            }

            filled += n;
        }

        return filled;
    }
}
