using System.CommandLine;
using Minzheng.Cli.Commands;

var root = new RootCommand("mz — 智慧民政 operator tools: migrate, seed demo data, manage users, validate identifiers")
{
    ValidateCommand.Build(),
    MigrateCommand.Build(),
    SeedCommand.Build(),
    UsersCommand.Build(),
};
return await root.Parse(args).InvokeAsync();
