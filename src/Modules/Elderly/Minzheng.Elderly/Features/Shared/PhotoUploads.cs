using Minzheng.Platform.Errors;
using Minzheng.Platform.Files;

namespace Minzheng.Elderly.Features.Shared;

/// <summary>A photo sent in a JSON request: its file name and the bytes as base64.</summary>
public sealed record PhotoUpload(string? Name, string? Base64);

/// <summary>Reads a photo upload (JPG, PNG or PDF, checked by content), refusing it by the form field "photo".</summary>
internal static class PhotoUploads
{
    public static (string Name, byte[] Bytes) Read(PhotoUpload? upload, string what)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(upload?.Base64 ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new InputValidationException("photo", $"{what}内容无效");
        }

        var file = new UploadedFile(Path.GetFileName(upload?.Name ?? string.Empty), "image", bytes);
        if (file.Problem(UploadedFile.ImagesAndPdf, what, "JPG、PNG 或 PDF") is { } problem)
        {
            throw new InputValidationException("photo", bytes.Length == 0 ? $"请上传{what}" : problem);
        }

        return (file.Name, bytes);
    }

    public static string ContentType(string name) =>
        name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf" : name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg";
}
