using Microsoft.AspNetCore.Components.Forms;
using Minzheng.Platform.Files;
using Minzheng.Platform.Ui.Components;

namespace Minzheng.Elderly.Features.Shared;

/// <summary>Reads a photo a user picked in the browser into an upload (checked by the handler on save).</summary>
internal static class PhotoPicker
{
    public static async Task<PhotoUpload?> ReadAsync(InputFileChangeEventArgs e, UiErrors errors)
    {
        PhotoUpload? photo = null;
        await errors.RunAsync(async () =>
        {
            if (e.File.Size > UploadedFile.MaxBytes)
            {
                throw new Minzheng.Platform.Errors.InputValidationException("photo", "照片不能超过 10 MB");
            }

            using var buffer = new MemoryStream();
            await e.File.OpenReadStream(UploadedFile.MaxBytes).CopyToAsync(buffer);
            photo = new PhotoUpload(e.File.Name, Convert.ToBase64String(buffer.ToArray()));
        });
        return photo;
    }
}
