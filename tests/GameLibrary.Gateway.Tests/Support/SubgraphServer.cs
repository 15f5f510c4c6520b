using GameLibrary.Subgraph.Toolkit.Hosting;

using GraphQL.Types;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Support;

/// <summary>A GraphQL.NET subgraph hosted with the subgraph toolkit, exactly as a real one, on a free loopback port.</summary>
public sealed class SubgraphServer : IAsyncDisposable
{
    private SubgraphServer(WebApplication app, Uri url)
    {
        App = app;
        Url = url;
    }

    public WebApplication App { get; }

    /// <summary>The subgraph's GraphQL endpoint.</summary>
    public Uri Url { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<SubgraphServer> StartAsync<TSchema>(string name, Action<IServiceCollection> configureServices)
        where TSchema : Schema
    {
        WebApplicationBuilder builder = SubgraphHost.CreateBuilder(["--environment", "Production"], new SubgraphDescriptor(name, 4999));
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = TestKeys.SigningKey,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSubgraphSchema<TSchema>();
        builder.Services.AddHttpContextAccessor();
        configureServices(builder.Services);
        WebApplication app = builder.Build();
        app.MapSubgraphEndpoints();
        await app.StartAsync();
        return new SubgraphServer(app, new Uri(new Uri(app.Urls.Single()), "/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
