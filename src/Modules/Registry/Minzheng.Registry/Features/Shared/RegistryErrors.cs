namespace Minzheng.Registry.Features.Shared;

/// <summary>Collects field errors ("members[1].idNumber" → message) so that a form shows them all at once.</summary>
internal sealed class FieldErrors
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

    public bool Any => _errors.Count > 0;

    public IReadOnlyDictionary<string, List<string>> All => _errors;

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new Platform.Errors.InputValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
