namespace Minzheng.Platform.Access;

/// <summary>Who is acting, and the regions whose records they may see. Region scope is derived here and nowhere else.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    string UserName { get; }

    bool IsAuthenticated { get; }

    bool IsInRole(string role);

    /// <summary>True for system work (CLI, jobs, seeding) that is not limited to a region.</summary>
    bool SeesAllRegions { get; }

    /// <summary>Code prefixes of the regions the user may see; empty means none (e.g. the 三员 administrators).</summary>
    IReadOnlyList<string> RegionPrefixes { get; }

    bool MayReveal { get; }

    bool MayEditRegistry { get; }

    /// <summary>The client's address (behind a trusted proxy, the forwarded one) for the audit trail; null for system work.</summary>
    string? ClientAddress => null;
}
