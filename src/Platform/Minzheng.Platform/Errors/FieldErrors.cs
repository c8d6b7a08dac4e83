namespace Minzheng.Platform.Errors;

/// <summary>
/// The one way a use case collects what is wrong with its input, field by field ("members[1].idNumber" → message), so a
/// form shows every problem at once: <c>errors.Add(field, message)</c> (a null message adds nothing), then
/// <c>errors.ThrowIfAny()</c> — a 400 ValidationProblemDetails in the API, the fields marked in the UI.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public void Add(string field, string? message)
    {
        if (message is null)
        {
            return;
        }

        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Every message of a validation that failed elsewhere (an upload's reader), with the rest of the form's.</summary>
    public void AddAll(InputValidationException e)
    {
        foreach (var (field, messages) in e.Errors)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }
    }

    public bool Any => _errors.Count > 0;

    public int Count => _errors.Count;

    /// <summary>Whether the field already has a message (to check a field further only when its value was readable).</summary>
    public bool Has(string field) => _errors.ContainsKey(field);

    public IReadOnlyDictionary<string, List<string>> All => _errors;

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new InputValidationException(ToDictionary());
        }
    }
}
