using Minzheng.Platform.Errors;
using Minzheng.Platform.Files;

namespace Minzheng.Elderly.Features.Shared;

/// <summary>A photo sent in a JSON request: its file name and the bytes as base64.</summary>
internal sealed record PhotoUpload(string? Name, string? Base64);

/// <summary>Reads a photo upload (JPG, PNG or PDF, checked by content), refusing it by the form field "photo".</summary>
internal static class PhotoUploads
{
    public static (string Name, byte[] Bytes) Read(PhotoUpload? upload, string what)
    {
        var (file, problem) = UploadedFile.FromBase64(upload?.Name, "image", upload?.Base64, UploadedFile.ImagesAndPdf, what, "JPG、PNG 或 PDF");
        return file is null ? throw new InputValidationException("photo", problem!) : (file.Name, file.Bytes);
    }

    public static string ContentType(string name) =>
        name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf" : name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg";
}
