using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Minzheng.Platform.Outbox.Subscribers;

public static class SubscriberServices
{
    /// <summary>The dispatcher (every host); modules add their subscribers with <see cref="AddOutboxSubscriber{T}"/>.</summary>
    public static IServiceCollection AddOutboxSubscribers(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new SubscriberOptions();
        configuration.GetSection("Subscribers").Bind(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton<SubscriberDispatcher>();
        services.TryAddScoped<OutboxStatusHandler>();
        return services;
    }

    /// <summary>The background worker, for the web host only (the CLI dispatches when asked).</summary>
    public static IServiceCollection AddOutboxSubscriberWorker(this IServiceCollection services) =>
        services.AddHostedService<SubscriberWorker>();

    public static IServiceCollection AddOutboxSubscriber<T>(this IServiceCollection services) where T : class, IOutboxSubscriber
    {
        services.AddSingleton<IOutboxSubscriber, T>();
        return services;
    }
}
