using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Minzheng.Assistance.Features.ApplyForAssistance;
using Minzheng.Platform.Errors;

namespace Minzheng.Assistance.Features.ApplyOnline;

/// <summary>
/// Applying online without an account: a JSON API under /api/public/assistance, and the form posts of the public page
/// /apply (which answer with a redirect back to it). Both rate-limited like the login.
/// </summary>
internal static class ApplyOnlineEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/public/assistance").WithTags("社会救助网上申请 (公开)").AllowAnonymous().RequireRateLimiting("login").ProducesApiErrors(signedIn: false);
        api.MapPost("/codes", async (CodeRequest request, HttpContext http, ApplyOnlineHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.RequestCodeAsync(request, http.Connection.RemoteIpAddress?.ToString(), ct)))
            .WithSummary("网上申请第一步：身份证号与登记的手机号，验证码经短信发送（无论是否登记，答复相同）");
        api.MapPost("/applications", async (OnlineApplication request, ApplyOnlineHandler h, CancellationToken ct) =>
                TypedResults.Created((string?)null, await h.SubmitAsync(request, ct)))
            .WithSummary("网上申请第二步：验证码、申请类别与签字的核对授权书；申请进入所在镇街“网上申请待受理”");

        var forms = endpoints.MapGroup("/apply").AllowAnonymous().RequireRateLimiting("login").ExcludeFromDescription();
        forms.MapPost("/code", async ([FromForm] string? idNumber, [FromForm] string? phone, HttpContext http, ApplyOnlineHandler h, IDataProtectionProvider seal, CancellationToken ct) =>
            await BackAsync(seal, async () => $"/apply?request={(await h.RequestCodeAsync(new CodeRequest(idNumber, phone), http.Connection.RemoteIpAddress?.ToString(), ct)).RequestId}", "/apply"));
        forms.MapPost("/submit", async ([FromForm] Guid? requestId, [FromForm] string? code, [FromForm] string? programme, IFormFile? consent, ApplyOnlineHandler h,
                IDataProtectionProvider seal, CancellationToken ct) =>
            await BackAsync(seal, async () =>
            {
                ConsentUpload? upload = null;
                if (consent is { Length: > 0 and <= Minzheng.Platform.Files.UploadedFile.MaxBytes })
                {
                    using var buffer = new MemoryStream();
                    await consent.CopyToAsync(buffer, ct);
                    upload = new ConsentUpload(consent.FileName, consent.ContentType, Convert.ToBase64String(buffer.ToArray()));
                }

                var receipt = await h.SubmitAsync(new OnlineApplication(requestId, code, programme, upload), ct);
                return $"/apply?done={Uri.EscapeDataString(ApplyPageMessages.Seal(seal, receipt.CaseNumber))}";
            }, $"/apply?request={requestId}"));
    }

    /// <summary>Where the page goes next: the next step, or back with the message of what was wrong (no personal data in it), sealed.</summary>
    private static async Task<IResult> BackAsync(IDataProtectionProvider seal, Func<Task<string>> step, string onError)
    {
        try
        {
            return Results.Redirect(await step());
        }
        catch (Exception e) when (e is InputValidationException or BusinessRuleException)
        {
            return Results.Redirect($"{onError}{(onError.Contains('?', StringComparison.Ordinal) ? '&' : '?')}error={Uri.EscapeDataString(ApplyPageMessages.Seal(seal, e.Message))}");
        }
    }
}
