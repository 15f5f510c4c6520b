using GameLibrary.Gateway.Hosting;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Gateway.Tests;

/// <summary>The log levels the gateway ships in its appsettings.json, as the host built from them applies them.</summary>
public sealed class LoggingConfigurationTests
{
    [Fact]
    public void Hosting_diagnostics_are_off_so_a_request_starts_no_activity_or_log_scope_of_its_own()
    {
        using ServiceProvider services = BuildServices();

        // ASP.NET Core starts a per-request Activity and log scope while this category is enabled at any level.
        Assert.False(Logger(services, "Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Critical));
    }

    [Fact]
    public void Unhandled_request_exceptions_are_still_logged_by_the_server()
    {
        using ServiceProvider services = BuildServices();

        Assert.True(Logger(services, "Microsoft.AspNetCore.Server.Kestrel").IsEnabled(LogLevel.Error));
        Assert.False(Logger(services, "Microsoft.AspNetCore.Server.Kestrel").IsEnabled(LogLevel.Information));
    }

    private static ServiceProvider BuildServices()
    {
        WebApplicationBuilder builder = GatewayHost.CreateBuilder(["--environment", "Production"]);
        return builder.Services.BuildServiceProvider();
    }

    private static ILogger Logger(IServiceProvider services, string category) =>
        services.GetRequiredService<ILoggerFactory>().CreateLogger(category);
}
