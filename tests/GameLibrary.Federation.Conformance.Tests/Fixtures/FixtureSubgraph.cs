using System.Net;

using GameLibrary.Transport;
using GameLibrary.Transport.Execution;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>
/// A fixture subgraph serving over real HTTP on 127.0.0.1 (a free port): POST /graphql through the platform's
/// transport, GraphQL.NET executing the SDL against the data file.
/// </summary>
public sealed class FixtureSubgraph : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FixtureSubgraph(string name, Uri url, WebApplication app)
    {
        Name = name;
        Url = url;
        _app = app;
    }

    /// <summary>The subgraph name.</summary>
    public string Name { get; }

    /// <summary>The GraphQL endpoint, e.g. <c>http://127.0.0.1:41234/graphql</c>.</summary>
    public Uri Url { get; }

    /// <summary>Builds the subgraph's schema (throwing on a broken SDL) and starts serving it.</summary>
    public static async Task<FixtureSubgraph> StartAsync(FixtureSubgraphDefinition definition, FixtureSequence sequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(sequence);

        FixtureSchema schema = FixtureSchema.Build(definition, sequence);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddGraphQLTransport();
        builder.Services.AddSingleton<IGraphQLExecutor>(new FixtureExecutor(schema.Schema));

        WebApplication app = builder.Build();
        app.MapGraphQL("/graphql");
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new FixtureSubgraph(definition.Name, new Uri(new Uri(address), "/graphql"), app);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
