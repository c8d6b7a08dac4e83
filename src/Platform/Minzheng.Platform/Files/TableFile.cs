using System.Text;
using MiniExcelLibs;

namespace Minzheng.Platform.Files;

/// <summary>One data row of a table file: its row number as the user sees it (the header is row 1) and its cells by column.</summary>
public sealed record TableRow(int Row, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.TryGetValue(column, out var v) ? v : string.Empty;
}

/// <summary>
/// Reads a table users upload (a roster): CSV (UTF-8, optional BOM, RFC 4180 quotes, LF or CRLF) or XLSX (first sheet),
/// columns by their header names, the required ones checked.
/// </summary>
public static class TableFile
{
    public const int MaxRows = 20_000;
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>A roster has a few dozen columns and short cells; an XLSX unpacks to at most this much.</summary>
    private const int MaxColumns = 200;
    private const int MaxCell = 2000;
    private const long MaxUnpackedBytes = 200L * 1024 * 1024;

    /// <summary>The rows, or a message saying why the file as a whole cannot be read.</summary>
    public static (IReadOnlyList<TableRow> Rows, string? Error) Read(Stream stream, string fileName, IReadOnlyList<string> required)
    {
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        if (bytes.Length == 0)
        {
            return ([], "文件为空");
        }

        if (bytes.Length > MaxBytes)
        {
            return ([], $"文件超过{MaxBytes / 1024 / 1024}MB");
        }

        bytes.Position = 0;
        var isZip = bytes.Length > 4 && bytes.GetBuffer()[0] == 'P' && bytes.GetBuffer()[1] == 'K';
        if (isZip && Minzheng.Kernel.Files.XlsxGuard.Check(bytes, MaxUnpackedBytes, MaxUnpackedBytes) is { } refused)
        {
            return ([], refused);
        }

        try
        {
            var table = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || isZip ? ReadXlsx(bytes) : ReadCsv(bytes);
            if (table.Count == 0)
            {
                return ([], "文件没有表头");
            }

            var header = table[0].Select(h => h.Trim()).ToList();
            var missing = required.Where(c => !header.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                return ([], $"缺少必需的列：{string.Join("、", missing)}");
            }

            if (table.Count - 1 > MaxRows)
            {
                return ([], $"一次最多导入{MaxRows}行");
            }

            var rows = new List<TableRow>();
            for (var r = 1; r < table.Count; r++)
            {
                if (table[r].All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                var cells = new Dictionary<string, string>();
                for (var c = 0; c < header.Count && c < table[r].Count; c++)
                {
                    cells.TryAdd(header[c], table[r][c].Trim());
                }

                rows.Add(new TableRow(r + 1, cells));
            }

            return rows.Count == 0 ? ([], "文件没有数据行") : (rows, null);
        }
        catch (TableTooLargeException e)
        {
            return ([], e.Message);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException or InvalidOperationException or System.Xml.XmlException or DecoderFallbackException)
        {
            return ([], "无法读取文件：请上传UTF-8编码的CSV或XLSX文件");
        }
    }

    /// <summary>Row by row, stopping as soon as a limit is passed (rather than after reading the whole sheet).</summary>
    private static List<List<string>> ReadXlsx(Stream stream)
    {
        var table = new List<List<string>>();
        foreach (var row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>())
        {
            if (table.Count > MaxRows + 1)
            {
                throw new TableTooLargeException($"一次最多导入{MaxRows}行");
            }

            if (row.Count > MaxColumns)
            {
                throw new TableTooLargeException($"第{table.Count + 1}行超过{MaxColumns}列");
            }

            var cells = row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToList();
            if (cells.Any(c => c.Length > MaxCell))
            {
                throw new TableTooLargeException($"第{table.Count + 1}行有超过{MaxCell}个字符的单元格");
            }

            table.Add(cells);
        }

        return table;
    }

    private sealed class TableTooLargeException(string message) : Exception(message);

    private static List<List<string>> ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = reader.ReadToEnd();
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new InvalidDataException("binary");
        }

        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException("unterminated quote");
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
