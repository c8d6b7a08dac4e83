using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Minzheng.Platform.Sms;

internal static class SmsServices
{
    /// <summary>The HTTP gateway when <c>Sms:Gateway:Url</c> is set, otherwise none (messages wait in their outbox).</summary>
    public static IServiceCollection AddSmsGateway(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Sms:Gateway").Get<SmsGatewayOptions>() ?? new SmsGatewayOptions();
        services.AddSingleton(options);
        if (string.IsNullOrWhiteSpace(options.Url))
        {
            services.AddSingleton<ISmsGateway, NoSmsGateway>();
        }
        else
        {
            services.AddHttpClient<ISmsGateway, HttpSmsGateway>();
        }

        return services;
    }
}
