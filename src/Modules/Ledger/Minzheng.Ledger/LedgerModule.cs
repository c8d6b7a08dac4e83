using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Ledger.Data;
using Minzheng.Ledger.Features.AppendEntries;
using Minzheng.Ledger.Features.AuditLedger;
using Minzheng.Ledger.Features.Checkpoints;
using Minzheng.Ledger.Features.GetProofs;
using Minzheng.Merkle;
using Minzheng.Platform.Data;
using Minzheng.Platform.Modules;

namespace Minzheng.Ledger;

/// <summary>服务链: the tamper-evident log of payments and services (RFC 9162), fed by the outbox.</summary>
public sealed class LedgerModule : IModule
{
    public string Name => "Ledger";

    public Assembly PagesAssembly => typeof(LedgerModule).Assembly;

    // The public page (/ledger) needs no menu entry: it is for anyone, linked from the login page. Receipts come later.
    public IReadOnlyList<NavItem> Navigation { get; } = [];

    public IReadOnlyList<Type> HomeWidgets { get; } = [];

    public void AddServices(IServiceCollection services, IConfiguration configuration) => AddCore(services, configuration, withWorker: true);

    /// <summary>Everything but the background worker: what the CLI needs.</summary>
    public static void AddCore(IServiceCollection services, IConfiguration configuration, bool withWorker = false)
    {
        var options = configuration.GetSection("Ledger").Get<LedgerOptions>() ?? new LedgerOptions();
        services.AddSingleton(options);
        services.AddSingleton(_ => LedgerKeys.LoadOrCreate(options.LogKeyFile, options.LogId));
        services.AddSingleton(_ => new LedgerStandardKey(options.StandardSignature ? LedgerKeys.LoadOrCreate(options.StandardKeyFile, options.LogId, SignatureAlgorithm.Ed25519) : null));
        services.AddSingleton(sp => sp.GetRequiredService<SignerKey>().Public);
        services.AddDbContext<LedgerDbContext>((sp, o) => sp.GetRequiredService<DatabaseOptions>().Apply(o));
        services.AddScoped<AppendEntriesHandler>();
        services.AddScoped<CheckpointHandler>();
        services.AddScoped<ProofHandler>();
        services.AddScoped<Features.Receipts.ReceiptVerifier>();
        services.AddScoped<Features.Receipts.ReceiptIndexHandler>();
        services.AddScoped<AuditLedgerHandler>();
        services.AddScoped<LedgerOperations>();
        services.AddScoped<Contracts.ILedgerOperations>(sp => sp.GetRequiredService<LedgerOperations>());
        if (withWorker && options.WorkerEnabled)
        {
            services.AddHostedService<LedgerWorker>();
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => LedgerEndpoints.Map(endpoints);

    public static void ConfigureModel(ModelBuilder builder) => LedgerModel.Configure(builder);
}
