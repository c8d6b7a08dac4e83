using System.Buffers.Binary;

namespace Minzheng.Monitoring.Data.Sealed;

/// <summary>
/// Reads a <see cref="SealedSpool"/> as clear bytes, decrypting one chunk at a time. Seeks only to the start (the feed
/// readers peek at the first bytes, then start again); a chunk that was altered, moved or is missing fails the read.
/// </summary>
internal sealed class SealedReadStream(SealedSpool spool) : Stream
{
    private readonly FileStream _file = File.OpenRead(spool.FilePath);
    private byte[] _chunk = [];
    private int _offset;
    private int _seq;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => spool.Length;

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_offset == _chunk.Length && !NextChunk())
        {
            if (_position != spool.Length)
            {
                throw new InvalidDataException("存储的部门数据不完整");
            }

            return 0;
        }

        var n = Math.Min(buffer.Length, _chunk.Length - _offset);
        _chunk.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        _position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => spool.Length + offset,
        };
        if (target == _position)
        {
            return _position;
        }

        if (target != 0)
        {
            throw new NotSupportedException("a sealed feed is read from its start");
        }

        _file.Position = 0;
        _chunk = [];
        _offset = 0;
        _seq = 0;
        _position = 0;
        return 0;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool NextChunk()
    {
        Span<byte> header = stackalloc byte[4];
        if (_file.ReadAtLeast(header, 4, throwOnEndOfStream: false) < 4)
        {
            return false;
        }

        var frame = new byte[BinaryPrimitives.ReadInt32LittleEndian(header)];
        _file.ReadExactly(frame);
        _chunk = spool.OpenChunk(frame, _seq++);
        _offset = 0;
        return _chunk.Length > 0 || NextChunk();
    }
}
