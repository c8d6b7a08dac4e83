namespace Minzheng.Platform.Errors;

/// <summary>A business rule refused the request (409); the message is Chinese and shown to the user as is.</summary>
public sealed class BusinessRuleException(string message) : Exception(message);

/// <summary>The record does not exist, or lies outside the user's regions (404 either way: no existence leak).</summary>
public sealed class NotFoundException(string message = "记录不存在或无权访问") : Exception(message);

/// <summary>The user's role does not allow this action (403).</summary>
public sealed class ForbiddenException(string message = "无权执行此操作") : Exception(message);

/// <summary>Input failed validation (400), field by field.</summary>
public sealed class InputValidationException(IDictionary<string, string[]> errors)
    : Exception(string.Join("；", errors.SelectMany(e => e.Value)))
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public InputValidationException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}
