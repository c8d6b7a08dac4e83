namespace Minzheng.Platform.Files;

/// <summary>
/// Text written into a spreadsheet cell that a spreadsheet program could take for a formula (OWASP CSV injection: a value
/// beginning with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so it is shown, never evaluated —
/// the one rule every export (bank files, reports) follows, whether the cell is typed as text today or not.
/// </summary>
public static class SpreadsheetText
{
    public static string? Safe(string? value) =>
        string.IsNullOrEmpty(value) || value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') ? value : "'" + value;

    /// <summary>A cell value as it is written: strings made safe, numbers and dates as they are.</summary>
    public static object? SafeCell(object? value) => value is string text ? Safe(text) : value;
}
