namespace Minzheng.Elderly.Domain;

internal static class Ages
{
    /// <summary>Full years on a day (a birthday counts from the day itself).</summary>
    public static int On(DateOnly birth, DateOnly day) => day.Year - birth.Year - (birth.AddYears(day.Year - birth.Year) > day ? 1 : 0);
}
