using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GameLibrary.Subgraph.Toolkit.Authentication;

/// <summary>Registers JWT bearer authentication with the platform's shared settings.</summary>
internal static class SubgraphAuthenticationServiceCollectionExtensions
{
    public static IServiceCollection AddSubgraphAuthentication(this IServiceCollection services)
    {
        services.AddOptions<SubgraphAuthOptions>().BindConfiguration(SubgraphAuthOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SubgraphAuthOptions>, SubgraphAuthOptionsValidator>());
        services.TryAddSingleton<JwtSigningKey>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DevelopmentKeyWarning>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new JwtTokenIssuer(
            provider.GetRequiredService<IOptions<SubgraphAuthOptions>>(),
            provider.GetRequiredService<JwtSigningKey>(),
            provider.GetRequiredService<TimeProvider>()));

        // An invalid or expired token leaves the caller anonymous rather than failing the request:
        // /graphql serves anonymous callers, and protected fields answer UNAUTHENTICATED.
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<JwtSigningKey, IOptions<SubgraphAuthOptions>>((bearer, signingKey, auth) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Value.Issuer,
                    ValidAudience = auth.Value.Audience,
                    IssuerSigningKey = signingKey.Key,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = SubgraphClaimTypes.Username,
                    RoleClaimType = SubgraphClaimTypes.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        return services;
    }
}
