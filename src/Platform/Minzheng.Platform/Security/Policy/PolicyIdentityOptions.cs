using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Minzheng.Platform.Security.Policy;

/// <summary>
/// Identity's options with the lockout of the policy in force. Identity reads its options once per UserManager (one per
/// request or action), so this is transient: each manager gets the rule as it stands, not as it stood at start-up.
/// </summary>
internal sealed class PolicyIdentityOptions(IOptionsFactory<IdentityOptions> factory, SecurityPolicyStore store) : IOptions<IdentityOptions>
{
    public IdentityOptions Value
    {
        get
        {
            var options = factory.Create(Options.DefaultName);
            var policy = store.Current;
            options.Lockout.MaxFailedAccessAttempts = policy.LockoutAttempts;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(policy.LockoutMinutes);
            return options;
        }
    }
}
