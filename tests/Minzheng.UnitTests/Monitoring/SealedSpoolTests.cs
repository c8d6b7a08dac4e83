using System.Security.Cryptography;
using Minzheng.Monitoring.Data.Sealed;
using Minzheng.Platform.Security;

namespace Minzheng.UnitTests.Monitoring;

/// <summary>Feeds are kept as SM4-GCM chunks bound to their upload and position; clear bytes only ever in memory.</summary>
public sealed class SealedSpoolTests
{
    private static FieldProtector NewProtector() => new(new ProtectionKeys(RandomNumberGenerator.GetBytes(16), RandomNumberGenerator.GetBytes(16)));

    private static byte[] Csv(int bytes)
    {
        var line = "id_number,death_date\n430408199001011237,2022-03-04\n"u8.ToArray();
        var data = new byte[bytes];
        for (var i = 0; i < bytes; i++)
        {
            data[i] = line[i % line.Length];
        }

        return data;
    }

    [Fact]
    public async Task A_file_of_several_chunks_reads_back_whole_with_its_SM3_and_no_clear_byte_on_disk()
    {
        using var protector = NewProtector();
        var clear = Csv((SealedSpool.ChunkSize * 2) + 12345);
        using var spool = await SealedSpool.WriteAsync(new MemoryStream(clear), Guid.NewGuid(), protector, long.MaxValue, CancellationToken.None);

        Assert.Equal(3, spool.Chunks);
        Assert.Equal(clear.Length, spool.Length);
        Assert.Equal(Sm3Checksum.Hex(clear), spool.Sm3);
        var onDisk = await File.ReadAllBytesAsync(spool.FilePath);
        Assert.Equal(-1, onDisk.AsSpan().IndexOf("430408199001011237"u8));

        using var plain = spool.OpenPlain();
        using var back = new MemoryStream();
        await plain.CopyToAsync(back);
        Assert.Equal(clear, back.ToArray());
        plain.Position = 0; // the feed readers peek, then start again
        Assert.Equal(clear[0], (byte)plain.ReadByte());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_while_it_arrives_and_nothing_is_left_behind()
    {
        using var protector = NewProtector();
        var source = new CountingStream(Csv(SealedSpool.ChunkSize * 8));
        var refused = await Assert.ThrowsAsync<Minzheng.Platform.Errors.InputValidationException>(() =>
            SealedSpool.WriteAsync(source, Guid.NewGuid(), protector, (SealedSpool.ChunkSize * 2) + 1, CancellationToken.None));

        Assert.Contains("文件不能超过", refused.Message, StringComparison.Ordinal);
        Assert.True(source.Consumed <= SealedSpool.ChunkSize * 3, $"read {source.Consumed} bytes before refusing");
    }

    [Fact]
    public void A_chunk_opened_for_another_upload_or_position_fails()
    {
        using var protector = NewProtector();
        var sealedChunk = protector.Seal("430408199001011237"u8, [1, 2, 3]);
        Assert.Equal("430408199001011237"u8.ToArray(), protector.Open(sealedChunk, [1, 2, 3]));
        Assert.Throws<CryptographicException>(() => protector.Open(sealedChunk, [1, 2, 4]));
        sealedChunk[^1] ^= 1;
        Assert.Throws<CryptographicException>(() => protector.Open(sealedChunk, [1, 2, 3]));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_work_folder_is_the_owners_alone_and_is_removed()
    {
        string path;
        using (var folder = WorkFolder.Create())
        {
            path = folder.Path;
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(WorkFolder.Root));
            var file = Path.Combine(path, "x");
            using (new FileStream(file, WorkFolder.NewFile))
            {
            }

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.False(Directory.Exists(path));
    }

    private sealed class CountingStream(byte[] data) : MemoryStream(data)
    {
        public long Consumed { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await base.ReadAsync(buffer, cancellationToken);
            Consumed += n;
            return n;
        }
    }
}
