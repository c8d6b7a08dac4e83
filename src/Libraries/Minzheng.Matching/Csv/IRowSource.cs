namespace Minzheng.Matching.Csv;

/// <summary>Rows of a feed file with columns found by name, as UTF-8 bytes; CSV and XLSX alike.</summary>
public interface IRowSource : IDisposable
{
    /// <summary>Advances to the next data row; false at the end.</summary>
    bool Read();

    /// <summary>The line (CSV) or row (XLSX) number where the current row starts, the header being line 1.</summary>
    long LineNumber { get; }

    /// <summary>The current row's field at a header position; empty when the row is shorter.</summary>
    ReadOnlySpan<byte> Field(int column);

    /// <summary>The header's column index of a name, or -1.</summary>
    int ColumnOf(string name);
}
