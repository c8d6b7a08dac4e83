namespace Minzheng.Platform.Security;

/// <summary>How sensitive values look on screens and in exports when the viewer may not reveal them.</summary>
public static class Masking
{
    /// <summary>430408********1234.</summary>
    public static string IdNumber(string value) => Kernel.Identity.IdNumber.Mask(value);

    /// <summary>138****5678.</summary>
    public static string Phone(string value) =>
        value.Length >= 7 ? string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4)) : new string('*', value.Length);

    /// <summary>**** **** **** 1234: only the last four digits.</summary>
    public static string BankAccount(string value) =>
        value.Length > 4 ? string.Concat("**** ", value.AsSpan(value.Length - 4)) : new string('*', value.Length);

    /// <summary>贺*国, 贺*: the surname and (for three or more characters) the last character stay, for public notices.</summary>
    public static string Name(string value) => value.Length switch
    {
        0 => value,
        1 => "*",
        2 => string.Concat(value.AsSpan(0, 1), "*"),
        _ => string.Concat(value.AsSpan(0, 1), new string('*', value.Length - 2), value.AsSpan(value.Length - 1)),
    };
}
