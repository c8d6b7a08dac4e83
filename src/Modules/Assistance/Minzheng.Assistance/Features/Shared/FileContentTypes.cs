namespace Minzheng.Assistance.Features.Shared;

/// <summary>The content type a stored upload (a consent form, an investigation photo) is served with, from its file name.</summary>
internal static class FileContentTypes
{
    public static string For(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        _ => "image/jpeg",
    };
}
