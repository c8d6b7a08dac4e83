using System.CommandLine;
using Minzheng.Cli.Commands;
using Minzheng.Platform.Errors;

var root = new RootCommand("mz — 智慧民政 operator tools: migrate, seed demo data, manage users, load work plans, match feeds, run the monthly monitoring, prepare payrolls, dispatch events between modules, load the holiday calendar, validate identifiers")
{
    ValidateCommand.Build(),
    MigrateCommand.Build(),
    SeedCommand.Build(),
    UsersCommand.Build(),
    LedgerCommand.Build(),
    WorkPlanCommand.Build(),
    MatchCommand.Build(),
    MonitorCommand.Build(),
    PayrollCommand.Build(),
    OutboxCommand.Build(),
    CalendarCommand.Build(),
};

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is ArgumentException or FormatException or IOException or InputValidationException or NotFoundException or BusinessRuleException
    or Minzheng.Kernel.Calendar.CalendarYearNotLoadedException)
{
    // An operator's mistake: say what is wrong, no stack trace.
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
