using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Minzheng.Matching.Csv;

/// <summary>The first worksheet of an XLSX file with the same header row as the CSV form, streamed row by row.</summary>
public sealed class XlsxRowSource : IRowSource
{
    private readonly Stream _stream;
    private readonly IEnumerator<IDictionary<string, object?>> _rows;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly List<string> _letters = [];
    private readonly byte[][] _fields;
    private readonly string _name;
    private long _row = 1;

    /// <summary>A feed has a handful of columns and short cells; far more is a broken or hostile file.</summary>
    private const int MaxColumns = 256;
    private const int MaxCell = 4096;

    public XlsxRowSource(Stream stream, string name)
    {
        _stream = stream;
        _name = name;
        try
        {
            _rows = _stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().GetEnumerator();
            if (!_rows.MoveNext())
            {
                throw new FeedFileException(name, "工作表为空，没有表头行");
            }
        }
        catch (Exception e) when (e is not FeedFileException)
        {
            throw new FeedFileException(name, "不是有效的 XLSX 文件");
        }

        if (_rows.Current.Count > MaxColumns)
        {
            throw new FeedFileException(name, $"表头超过 {MaxColumns} 列");
        }

        foreach (var (letter, value) in _rows.Current)
        {
            var header = Text(value).Trim();
            if (header.Length > 0)
            {
                _columns.TryAdd(header, _letters.Count);
            }

            _letters.Add(letter);
        }

        _fields = new byte[_letters.Count][];
    }

    public long LineNumber => _row;

    public int ColumnOf(string name) => _columns.TryGetValue(name, out var i) ? i : -1;

    public bool Read()
    {
        while (_rows.MoveNext())
        {
            _row++;
            var any = false;
            for (var i = 0; i < _letters.Count; i++)
            {
                var text = _rows.Current.TryGetValue(_letters[i], out var value) ? Text(value) : string.Empty;
                if (text.Length > MaxCell)
                {
                    throw new FeedFileException(_name, $"第 {_row} 行有超过 {MaxCell} 个字符的单元格");
                }

                _fields[i] = Encoding.UTF8.GetBytes(text);
                any |= text.Length > 0;
            }

            if (any)
            {
                return true;
            }
        }

        return false;
    }

    public ReadOnlySpan<byte> Field(int column) => (uint)column < (uint)_fields.Length ? _fields[column] : [];

    public void Dispose()
    {
        _rows.Dispose();
        _stream.Dispose();
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
