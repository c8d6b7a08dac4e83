using System.Text;

namespace Minzheng.Matching.Csv;

/// <summary>
/// A streaming RFC 4180 reader over UTF-8 bytes: an optional byte-order mark, LF or CRLF, quoted fields with doubled
/// quotes and embedded separators or newlines, a missing final newline. Fields are spans into one reused buffer (or,
/// for a field that needed unescaping, into a scratch buffer), so a row costs no allocation.
/// </summary>
public sealed partial class CsvRowSource : IRowSource
{
    /// <summary>A record longer than this is not a feed row: the file is rejected.</summary>
    public const int MaxRecordBytes = 1 << 20;

    private readonly Stream _stream;
    private readonly string _name;
    private readonly IProgress<long>? _progress;
    private byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private bool _eof;
    private int[] _fieldStart = new int[16];
    private int[] _fieldLength = new int[16];
    private bool[] _fieldScratch = new bool[16];
    private int _fieldCount;
    private byte[] _scratch = new byte[4096];
    private int _scratchUsed;
    private long _nextLine = 1;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    public CsvRowSource(Stream stream, string name, IProgress<long>? progress = null)
    {
        _stream = stream;
        _name = name;
        _progress = progress;
        Fill();
        if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
        {
            _start += 3;
        }

        if (!ReadRecord())
        {
            throw new FeedFileException(name, "文件为空，没有表头行");
        }

        for (var i = 0; i < _fieldCount; i++)
        {
            var field = Field(i);
            if (field.IndexOf((byte)0) >= 0 || !System.Text.Unicode.Utf8.IsValid(field))
            {
                throw new FeedFileException(name, "表头不是 UTF-8 文本（可能是二进制文件或其他编码）");
            }

            _columns.TryAdd(Encoding.UTF8.GetString(field).Trim(), i);
        }
    }

    public long LineNumber { get; private set; }

    public int ColumnOf(string name) => _columns.TryGetValue(name, out var i) ? i : -1;

    public bool Read()
    {
        while (ReadRecord())
        {
            if (_fieldCount == 1 && _fieldLength[0] == 0)
            {
                continue; // a blank line is no row
            }

            return true;
        }

        return false;
    }

    public ReadOnlySpan<byte> Field(int column)
    {
        if ((uint)column >= (uint)_fieldCount)
        {
            return [];
        }

        return _fieldScratch[column]
            ? _scratch.AsSpan(_fieldStart[column], _fieldLength[column])
            : _buffer.AsSpan(_fieldStart[column], _fieldLength[column]);
    }

    public void Dispose() => _stream.Dispose();

    private bool ReadRecord()
    {
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            if (newline >= 0 && span[..newline].IndexOf((byte)'"') < 0)
            {
                // The common case: a whole line without quotes.
                var length = newline > 0 && span[newline - 1] == '\r' ? newline - 1 : newline;
                SplitPlain(_start, length);
                LineNumber = _nextLine++;
                _start += newline + 1;
                return true;
            }

            if (newline < 0 && _eof)
            {
                if (span.Length == 0)
                {
                    return false;
                }

                if (span.IndexOf((byte)'"') < 0)
                {
                    var length = span[^1] == '\r' ? span.Length - 1 : span.Length;
                    SplitPlain(_start, length);
                    LineNumber = _nextLine++;
                    _start = _end;
                    return true;
                }
            }

            if (newline >= 0 || _eof)
            {
                var consumed = ParseQuoted(span, out var lines);
                if (consumed >= 0)
                {
                    LineNumber = _nextLine;
                    _nextLine += lines;
                    _start += consumed;
                    return true;
                }
            }

            if (_eof)
            {
                throw new FeedFileException(_name, $"第 {_nextLine} 行的引号没有闭合");
            }

            if (_end - _start >= MaxRecordBytes)
            {
                throw new FeedFileException(_name, $"第 {_nextLine} 行超过 {MaxRecordBytes / 1024} KB，不是有效的数据行");
            }

            Fill();
        }
    }

    private void SplitPlain(int offset, int length)
    {
        _fieldCount = 0;
        _scratchUsed = 0;
        var line = _buffer.AsSpan(offset, length);
        var position = 0;
        while (true)
        {
            var comma = line[position..].IndexOf((byte)',');
            if (comma < 0)
            {
                AddField(offset + position, line.Length - position, false);
                return;
            }

            AddField(offset + position, comma, false);
            position += comma + 1;
        }
    }

    private void AddField(int start, int length, bool scratch)
    {
        if (_fieldCount == _fieldStart.Length)
        {
            Array.Resize(ref _fieldStart, _fieldCount * 2);
            Array.Resize(ref _fieldLength, _fieldCount * 2);
            Array.Resize(ref _fieldScratch, _fieldCount * 2);
        }

        _fieldStart[_fieldCount] = start;
        _fieldLength[_fieldCount] = length;
        _fieldScratch[_fieldCount] = scratch;
        _fieldCount++;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = 0;
        while (_end < _buffer.Length && (read = _stream.Read(_buffer, _end, _buffer.Length - _end)) > 0)
        {
            _end += read;
            _progress?.Report(read);
            if (_end - _start >= 1 << 19)
            {
                break;
            }
        }

        _eof = read == 0;
    }
}
