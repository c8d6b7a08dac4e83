namespace Minzheng.Registry.Features.ImportHouseholds;

/// <summary>One reason a row was refused: row number as in the file (header = row 1), column, reason.</summary>
internal sealed record ImportError(int Row, string Column, string Reason);

/// <summary>The outcome of an import: applied whole (counts) or not at all (errors).</summary>
internal sealed record ImportReport(bool Applied, int Households, int Persons, IReadOnlyList<ImportError> Errors, string? FileError);
