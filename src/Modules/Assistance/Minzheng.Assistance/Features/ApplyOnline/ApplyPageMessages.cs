using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Minzheng.Assistance.Features.ApplyOnline;

/// <summary>
/// What the public /apply page says after a form post (an error, or the receipt number) travels in its address sealed by
/// Data Protection for 30 minutes: the page shows only what this site wrote, so a crafted link cannot put words — or a
/// false "申请已提交" — on a government page.
/// </summary>
internal static class ApplyPageMessages
{
    private const string Purpose = "Minzheng.Apply.PageMessage";

    public static string Seal(IDataProtectionProvider provider, string text) =>
        provider.CreateProtector(Purpose).ToTimeLimitedDataProtector().Protect(text, TimeSpan.FromMinutes(30));

    /// <summary>The text, or null for anything this site did not write (or wrote too long ago).</summary>
    public static string? Open(IDataProtectionProvider provider, string? sealedText)
    {
        if (string.IsNullOrEmpty(sealedText))
        {
            return null;
        }

        try
        {
            return provider.CreateProtector(Purpose).ToTimeLimitedDataProtector().Unprotect(sealedText);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
