namespace Minzheng.Elderly.Domain.Services;

/// <summary>
/// A 服务机构 account bound to one provider: signed in, it sees and records only that provider's clients. Bound by the
/// district; one provider per account.
/// </summary>
internal sealed class ProviderAccount
{
    public string UserName { get; set; } = string.Empty;

    public Guid ProviderId { get; set; }

    public string BoundBy { get; set; } = string.Empty;

    public DateTime BoundAtUtc { get; set; }
}
