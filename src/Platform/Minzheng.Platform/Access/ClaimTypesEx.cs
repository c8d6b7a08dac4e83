namespace Minzheng.Platform.Access;

public static class ClaimTypesEx
{
    public const string Region = "mz:region";
    public const string DisplayName = "mz:name";
    public const string SessionId = "mz:sid";
}
