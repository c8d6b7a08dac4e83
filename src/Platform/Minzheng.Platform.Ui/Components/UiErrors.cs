using Minzheng.Platform.Errors;

namespace Minzheng.Platform.Ui.Components;

/// <summary>
/// Runs a page action and keeps what went wrong the way the API reports it: field messages for
/// validation (400), one message for a refused rule, a forbidden action or a missing record.
/// </summary>
public sealed class UiErrors
{
    private IDictionary<string, string[]> _fields = new Dictionary<string, string[]>();

    public string? Message { get; private set; }

    public bool Any => Message is not null || _fields.Count > 0;

    /// <summary>Every field's messages, for reports that list them all (a feed's rows).</summary>
    public IReadOnlyDictionary<string, string[]> Fields => _fields.AsReadOnly();

    public string? For(string field) => _fields.TryGetValue(field, out var m) ? string.Join("；", m) : null;

    public void Clear()
    {
        _fields = new Dictionary<string, string[]>();
        Message = null;
    }

    /// <summary>True when the action succeeded.</summary>
    public async Task<bool> RunAsync(Func<Task> action)
    {
        Clear();
        try
        {
            await action();
            return true;
        }
        catch (InputValidationException e)
        {
            _fields = e.Errors;
            Message = "请更正标红的内容后再提交";
        }
        catch (Exception e) when (e is BusinessRuleException or ForbiddenException or NotFoundException or Kernel.Calendar.CalendarYearNotLoadedException)
        {
            Message = e.Message;
        }

        return false;
    }
}
