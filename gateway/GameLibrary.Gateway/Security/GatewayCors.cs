using GameLibrary.Gateway.Configuration;

using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace GameLibrary.Gateway.Security;

/// <summary>
/// The gateway's CORS policy, from <c>Gateway:Cors</c>: the configured origins may call it (any method and header
/// a GraphQL client sends); with none configured no CORS middleware runs, so browsers refuse cross-origin reads.
/// </summary>
internal static class GatewayCors
{
    public const string PolicyName = "Gateway";

    /// <summary>Registers the CORS services with the policy built from the gateway's options.</summary>
    public static IServiceCollection AddGatewayCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<GatewayOptions>>((cors, gateway) =>
        {
            CrossOriginOptions settings = gateway.Value.Cors;
            cors.AddPolicy(PolicyName, policy =>
            {
                policy.WithOrigins(settings.AllowedOrigins)
                    .WithMethods("GET", "POST")
                    .AllowAnyHeader()
                    .SetPreflightMaxAge(settings.PreflightMaxAge);
                if (settings.AllowCredentials)
                {
                    policy.AllowCredentials();
                }
            });
        });
        return services;
    }

    /// <summary>Answers preflights and adds CORS headers for the configured origins; does nothing when there are none.</summary>
    public static WebApplication UseGatewayCors(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value.Cors.AllowedOrigins.Length > 0)
        {
            app.UseCors(PolicyName);
        }

        return app;
    }
}
