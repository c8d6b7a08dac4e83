using System.CommandLine;
using Minzheng.Kernel.Identity;
using Minzheng.Kernel.Organizations;

namespace Minzheng.Cli.Commands;

/// <summary>`mz validate id-number|credit-code VALUE…`: one line per value; exit 0 when all are valid, 1 otherwise.</summary>
internal static class ValidateCommand
{
    public static Command Build()
    {
        var command = new Command("validate", "Check resident ID numbers (GB 11643) or unified social credit codes (GB 32100)");
        command.Subcommands.Add(Sub("id-number", "resident ID numbers", IdNumberLine));
        command.Subcommands.Add(Sub("credit-code", "unified social credit codes", CreditCodeLine));
        return command;
    }

    private static Command Sub(string name, string what, Func<string, DateOnly, (bool Ok, string Line)> check)
    {
        var values = new Argument<string[]>("values") { Description = what, Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, $"Validate {what}") { values };
        command.SetAction(result =>
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
            var allOk = true;
            foreach (var value in result.GetValue(values)!)
            {
                var (ok, line) = check(value, today);
                allOk &= ok;
                Console.WriteLine(line);
            }

            return allOk ? 0 : 1;
        });
        return command;
    }

    internal static (bool, string) IdNumberLine(string value, DateOnly today) =>
        IdNumber.TryParse(value, today, out var id, out var failure)
            ? (true, $"{value} ok region={id.RegionCode} province={ProvinceCodes.NameOf(id.ProvinceCode)} birth={id.BirthDate:yyyy-MM-dd} sex={(id.Sex == Sex.Male ? "male" : "female")}")
            : (false, $"{value} invalid: {failure.Part}: {failure.Message}");

    internal static (bool, string) CreditCodeLine(string value, DateOnly today) =>
        CreditCode.TryParse(value, out var code, out var failure)
            ? (true, $"{value} ok authority={code.AuthorityCode}({code.AuthorityName}) category={code.AuthorityCode}{code.CategoryCode}({code.CategoryName}) region={code.RegionCode} organization={code.OrganizationCode}")
            : (false, $"{value} invalid: {failure.Part}: {failure.Message}");
}
