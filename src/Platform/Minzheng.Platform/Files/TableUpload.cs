using Microsoft.AspNetCore.Http;

namespace Minzheng.Platform.Files;

/// <summary>
/// A table file sent to the API as the raw request body (text/csv or the XLSX type), buffered up to the size limit.
/// Not a form post, so no cross-site form can send it.
/// </summary>
public static class TableUpload
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The body and a file name for it, or the problem to answer (415 for another type, 413 when too large).</summary>
    public static async Task<(MemoryStream? Body, string FileName, IResult? Problem)> ReadAsync(HttpRequest request, string? fileName, string defaultName, CancellationToken ct)
    {
        var type = request.ContentType ?? string.Empty;
        var isCsv = type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase);
        if (!isCsv && !type.StartsWith(XlsxType, StringComparison.OrdinalIgnoreCase))
        {
            return (null, string.Empty, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "文件类型不支持", detail: "请以 text/csv 或 XLSX 类型上传"));
        }

        var tooLarge = Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "文件过大", detail: $"文件不能超过{TableFile.MaxBytes / 1024 / 1024}MB");
        if (request.ContentLength > TableFile.MaxBytes)
        {
            return (null, string.Empty, tooLarge);
        }

        // Buffered asynchronously (the reader is synchronous), never more than the limit plus one chunk.
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > TableFile.MaxBytes)
            {
                await buffer.DisposeAsync();
                return (null, string.Empty, tooLarge);
            }
        }

        buffer.Position = 0;
        return (buffer, fileName ?? defaultName + (isCsv ? ".csv" : ".xlsx"), null);
    }

    /// <summary>The template a user downloads: the CSV with a byte-order mark, so Excel reads it as UTF-8.</summary>
    public static IResult Template(string csv, string fileName) =>
        Results.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv", fileName);
}
