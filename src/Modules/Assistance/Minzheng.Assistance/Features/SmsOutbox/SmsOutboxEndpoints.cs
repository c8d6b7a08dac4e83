using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Assistance.Features.SmsOutbox;

internal static class SmsOutboxEndpoints
{
    public static void MapAdmin(RouteGroupBuilder admin)
    {
        admin.MapGet("/sms", async (SmsOutboxHandler h, CancellationToken ct) => TypedResults.Ok(await h.ViewAsync(ct)))
            .WithSummary("短信发件箱：最近 100 条短信的发送状态（系统管理员；未接入短信网关时显示短信内容，查看记入审计）");
        admin.MapPost("/sms/{id:guid}/retry", async (Guid id, SmsOutboxHandler h, CancellationToken ct) =>
            {
                await h.RetryAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("重新发送一条发送失败的短信（系统管理员；记入审计）");
    }
}
