using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Minzheng.Platform.Files;

/// <summary>
/// Writes one sheet of an XLSX (Office Open XML) as a table: a header row, then rows of text and numbers. SpreadsheetML
/// written by hand into the zip, cells as inline strings: a province's bank files are millions of rows, and a general
/// library's reflection and shared-string table cost several times the rest of the export. Text is always text (a bank
/// account or ID number never turns into a number); numbers are numbers; control characters XML cannot carry are dropped.
/// </summary>
public sealed class XlsxTableWriter : IDisposable
{
    private readonly ZipArchive zip;
    private readonly StreamWriter sheet;
    private readonly string[] columns;
    private readonly StringBuilder buffer = new();
    private int row;
    private int cell;
    private bool finished;

    public XlsxTableWriter(Stream output, string sheetName, IReadOnlyList<string> header)
    {
        ArgumentOutOfRangeException.ThrowIfZero(header.Count);
        zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part("[Content_Types].xml", ContentTypes);
        Part("_rels/.rels", RootRelations);
        Part("xl/workbook.xml", Workbook(sheetName));
        Part("xl/_rels/workbook.xml.rels", WorkbookRelations);
        Part("xl/styles.xml", Styles);
        columns = [.. Enumerable.Range(0, header.Count).Select(ColumnName)];
        sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false), 1 << 16);
        sheet.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        StartRow();
        foreach (var name in header)
        {
            Text(name);
        }

        EndRow();
    }

    /// <summary>Starts the next row; its cells follow, left to right, up to as many as the header has.</summary>
    public void StartRow()
    {
        row++;
        cell = 0;
        buffer.Clear().Append("<row r=\"").Append(row).Append("\">");
    }

    /// <summary>A text cell; a value a spreadsheet could read as a formula is written with a leading apostrophe (<see cref="SpreadsheetText"/>).</summary>
    public void Text(string? value)
    {
        var reference = NextCell();
        value = SpreadsheetText.Safe(value);
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        buffer.Append("<c r=\"").Append(reference).Append(row).Append("\" t=\"inlineStr\"><is><t");
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            buffer.Append(" xml:space=\"preserve\"");
        }

        buffer.Append('>');
        Escape(buffer, value);
        buffer.Append("</t></is></c>");
    }

    public void Number(long value) => NumberCell(value.ToString(CultureInfo.InvariantCulture));

    public void Number(decimal value) => NumberCell(value.ToString(CultureInfo.InvariantCulture));

    public void EndRow()
    {
        buffer.Append("</row>");
        sheet.Write(buffer);
    }

    /// <summary>Closes the sheet and the package; the output then holds the whole file.</summary>
    public void Finish()
    {
        if (finished)
        {
            return;
        }

        finished = true;
        sheet.Write("</sheetData></worksheet>");
        sheet.Dispose();
        zip.Dispose();
    }

    public void Dispose() => Finish();

    private void NumberCell(string value) =>
        buffer.Append("<c r=\"").Append(NextCell()).Append(row).Append("\"><v>").Append(value).Append("</v></c>");

    private string NextCell()
    {
        if (cell == columns.Length)
        {
            throw new InvalidOperationException($"a row has at most {columns.Length} cells");
        }

        return columns[cell++];
    }

    private static void Escape(StringBuilder buffer, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': buffer.Append("&amp;"); break;
                case '<': buffer.Append("&lt;"); break;
                case '>': buffer.Append("&gt;"); break;
                case '"': buffer.Append("&quot;"); break;
                case < ' ' when c is not ('\t' or '\n' or '\r'): break; // not allowed in XML 1.0
                case '\uFFFE' or '\uFFFF': break;
                default: buffer.Append(c); break;
            }
        }
    }

    /// <summary>A, B, … Z, AA, AB, …: the column's letters in a cell reference.</summary>
    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private void Part(string path, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private static string Workbook(string sheetName)
    {
        var name = new StringBuilder();
        Escape(name, sheetName.Length > 31 ? sheetName[..31] : sheetName); // Excel's limit for a sheet name

        return $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    }

    private const string ContentTypes = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string RootRelations = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string WorkbookRelations = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    // The least a styles part holds for Excel to open the file without repairing it: one font, the two required fills, one border, one format.
    private const string Styles = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>""";
}
