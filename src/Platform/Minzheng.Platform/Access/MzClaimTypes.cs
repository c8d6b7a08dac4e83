namespace Minzheng.Platform.Access;

/// <summary>The platform's own claims in a staff session (beside the standard ClaimTypes).</summary>
public static class MzClaimTypes
{
    public const string Region = "mz:region";
    public const string DisplayName = "mz:name";
    public const string SessionId = "mz:sid";
}
