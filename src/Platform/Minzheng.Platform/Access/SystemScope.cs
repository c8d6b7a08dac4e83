using Microsoft.Extensions.DependencyInjection;

namespace Minzheng.Platform.Access;

/// <summary>
/// A fresh scope acting for the whole district in someone's name (a job, a subscriber): in the web host the scope's
/// <see cref="CurrentUser"/> is switched to the system; the CLI's scopes are the system user already.
/// </summary>
public static class SystemScope
{
    public static AsyncServiceScope Create(IServiceScopeFactory scopes, string actingFor)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetService<CurrentUser>()?.ActAsSystem(actingFor);
        return scope;
    }
}
