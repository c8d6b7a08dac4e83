using Minzheng.Web.Startup;

var app = WebApp.Build(args);
await FirstRun.PrepareAsync(app);
await app.RunAsync();

/// <summary>Entry point; public so that integration tests can host it.</summary>
public partial class Program;
