using Minzheng.Platform.Files;

namespace Minzheng.Registry.Features.ImportHouseholds;

/// <summary>A household roster: a table file (CSV or XLSX) with the registry's columns.</summary>
internal static class RosterFile
{
    public const int MaxRows = TableFile.MaxRows;
    public const long MaxBytes = TableFile.MaxBytes;

    public static (IReadOnlyList<TableRow> Rows, string? Error) Read(Stream stream, string fileName) => TableFile.Read(stream, fileName, ImportColumns.Required);
}
