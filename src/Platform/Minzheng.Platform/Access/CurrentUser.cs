using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Identity;

namespace Minzheng.Platform.Access;

/// <summary>
/// The current user for one request or one Blazor circuit. In a request it reads HttpContext.User;
/// in a circuit the circuit handler sets the principal on every inbound activity.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? _circuitPrincipal;
    private string? _systemFor;
    private string? _circuitAddress;

    public void SetCircuitPrincipal(ClaimsPrincipal principal) => _circuitPrincipal = principal;

    /// <summary>A Blazor circuit's client address, taken when the circuit opens (its events carry no request).</summary>
    public void SetCircuitAddress(string? address) => _circuitAddress = address;

    /// <summary>
    /// For a background job in the web host (the monthly match) started by a user: the scope acts for the whole
    /// district, as the CLI does, and the audit names who started it.
    /// </summary>
    public void ActAsSystem(string startedBy) => _systemFor = startedBy;

    /// <summary>A use case's own scope acts as the circuit or request that started it (see UseCases).</summary>
    public void AdoptFrom(CurrentUser other)
    {
        _circuitPrincipal = other.Principal;
        _systemFor = other._systemFor;
        _circuitAddress = other.ClientAddress;
    }

    private ClaimsPrincipal Principal => _circuitPrincipal ?? accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid? UserId => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string UserName => _systemFor is not null ? $"system（{_systemFor}）" : Principal.Identity?.Name ?? "anonymous";

    public bool IsAuthenticated => _systemFor is not null || Principal.Identity?.IsAuthenticated == true;

    public bool IsInRole(string role) => Principal.IsInRole(role);

    public bool SeesAllRegions => _systemFor is not null;

    public IReadOnlyList<string> RegionPrefixes => _systemFor is not null ? [string.Empty] : RegionScope.PrefixesFor(Principal);

    public bool MayReveal => _systemFor is not null || Roles.MayReveal.Any(Principal.IsInRole);

    public bool MayEditRegistry => Roles.MayEditRegistry.Any(Principal.IsInRole);

    public string? ClientAddress => _circuitAddress ?? accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}

public static class RegionScope
{
    /// <summary>
    /// Case-data prefixes from the user's region claims. The 三员 administrators get none unless they
    /// also hold a business role; a partner department sees no registry rows through this scope.
    /// </summary>
    public static IReadOnlyList<string> PrefixesFor(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var business = Roles.All.Where(r => !Roles.ThreeAdministrators.Contains(r) && r != Roles.PartnerDepartment);
        if (!business.Any(principal.IsInRole))
        {
            return [];
        }

        return principal.FindAll(MzClaimTypes.Region)
            .Select(c => RegionCode.TryParse(c.Value, out var code, out _) ? code.Prefix : null)
            .OfType<string>()
            .Distinct()
            .ToArray();
    }
}

/// <summary>The user for CLI commands, seeding and background jobs: every region, no UI.</summary>
public sealed class SystemUser : ICurrentUser
{
    public Guid? UserId => null;

    public string UserName => "system";

    public bool IsAuthenticated => true;

    public bool IsInRole(string role) => false;

    public bool SeesAllRegions => true;

    public IReadOnlyList<string> RegionPrefixes => [string.Empty];

    public bool MayReveal => true;

    public bool MayEditRegistry => true;
}
