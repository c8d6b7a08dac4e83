using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Minzheng.Platform.Errors;

/// <summary>The one place exceptions become ProblemDetails: 400 validation, 403, 404, 409 business rule. A 403 or 404 is audited.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? details = exception switch
        {
            InputValidationException v => new ValidationProblemDetails(v.Errors) { Status = 400, Title = "输入有误" },
            NotFoundException n => new ProblemDetails { Status = 404, Title = "未找到", Detail = n.Message },
            ForbiddenException f => new ProblemDetails { Status = 403, Title = "无权访问", Detail = f.Message },
            BusinessRuleException b => new ProblemDetails { Status = 409, Title = "业务规则不允许", Detail = b.Message },
            Kernel.Calendar.CalendarYearNotLoadedException c => new ProblemDetails { Status = 409, Title = "工作日历未导入", Detail = c.Message },
            DbUpdateConcurrencyException => new ProblemDetails { Status = 409, Title = "业务规则不允许", Detail = "记录已被他人修改，请刷新后重试" },
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "请求无效", Detail = "请求格式不正确" },
            _ => null,
        };
        if (details is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = details.Status!.Value;
        if (exception is NotFoundException or ForbiddenException)
        {
            await Audit.DeniedAccess.WriteAsync(httpContext, details.Status.Value, details.Detail);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}
