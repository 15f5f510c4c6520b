using GameLibrary.Testing.Logging;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

using GameLibrary.Gateway.Hosting;
using GameLibrary.Gateway.Supergraphs;

using GameLibrary.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Gateway.Tests.Support;

/// <summary>The gateway host, built as the serve command builds it, on a free loopback port.</summary>
public sealed class GatewayServer : IAsyncDisposable
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";

    private GatewayServer(WebApplication app, CapturingLoggerProvider logs)
    {
        App = app;
        Logs = logs;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }

    public CapturingLoggerProvider Logs { get; }

    public HttpClient Client { get; }

    /// <summary>The supergraph version being served (0 before the first).</summary>
    public int Version => App.Services.GetRequiredService<SupergraphProvider>().Current?.Version ?? 0;

    /// <summary>
    /// Starts a gateway watching <paramref name="supergraphPath"/> (none when null; polled every 100 ms, debounced 50 ms) with
    /// the subgraph URLs pointed at <paramref name="subgraphs"/>; waits until it serves a supergraph unless told not to.
    /// </summary>
    public static Task<GatewayServer> StartAsync(
        string? supergraphPath,
        SubgraphsFixture subgraphs,
        IReadOnlyDictionary<string, string?>? settings = null,
        bool waitUntilReady = true) =>
        StartAsync(supergraphPath, subgraphs.UrlSettings, settings, waitUntilReady);

    /// <summary>As above, with the subgraph URL settings given (<see cref="RecordingSubgraphs.UrlSettings"/>).</summary>
    public static async Task<GatewayServer> StartAsync(
        string? supergraphPath,
        IReadOnlyDictionary<string, string?> subgraphUrls,
        IReadOnlyDictionary<string, string?>? settings = null,
        bool waitUntilReady = true)
    {
        WebApplicationBuilder builder = GatewayHost.CreateBuilder(["--environment", "Production"]);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        Dictionary<string, string?> configuration = new(subgraphUrls)
        {
            ["Gateway:Supergraph"] = supergraphPath,
            ["Gateway:Watch:PollInterval"] = "00:00:00.100",
            ["Gateway:Watch:Debounce"] = "00:00:00.050",
            ["Logging:LogLevel:Default"] = "Information",
        };
        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        CapturingLoggerProvider logs = new();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);

        WebApplication app = builder.Build();
        app.MapGatewayEndpoints();
        await app.StartAsync();
        GatewayServer server = new(app, logs);
        if (waitUntilReady)
        {
            await Eventually.UntilAsync(() => Task.FromResult(server.Version), version => version > 0, "the gateway serves a supergraph");
        }

        return server;
    }

    public Task<GraphQLResponse> PostAsync(
        string query,
        JsonObject? variables = null,
        string? operationName = null,
        IReadOnlyDictionary<string, string>? headers = null,
        CancellationToken cancellationToken = default)
    {
        JsonObject body = new() { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = variables;
        }

        if (operationName is not null)
        {
            body["operationName"] = operationName;
        }

        return PostRawAsync(body.ToJsonString(), "application/json", headers, cancellationToken);
    }

    public async Task<GraphQLResponse> PostRawAsync(
        string body,
        string contentType,
        IReadOnlyDictionary<string, string>? headers = null,
        CancellationToken cancellationToken = default)
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)),
        };
        foreach ((string name, string value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await SendAsync(request, cancellationToken);
    }

    public async Task<GraphQLResponse> GetAsync(string query)
    {
        using HttpRequestMessage request = new(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}");
        return await SendAsync(request, CancellationToken.None);
    }

    public async Task<HttpStatusCode> StatusOfAsync(string path)
    {
        using HttpResponseMessage response = await Client.GetAsync(path);
        return response.StatusCode;
    }

    /// <summary>Writes a new supergraph over the watched file and waits until the gateway serves it.</summary>
    public async Task SwapToAsync(string supergraphPath, string watchedPath)
    {
        int before = Version;
        WatchedFile.ReplaceWithCopy(supergraphPath, watchedPath);
        await Eventually.UntilAsync(() => Task.FromResult(Version), version => version > before, "the gateway swaps in the new supergraph");
    }

    /// <summary>Waits until a log entry of <paramref name="level"/> containing every one of <paramref name="fragments"/> is written.</summary>
    public Task WaitForLogAsync(LogLevel level, params string[] fragments) => Eventually.UntilAsync(
        () => Task.FromResult(Logs.Entries),
        entries => entries.Any(entry => entry.Level == level && fragments.All(fragment => entry.Message.Contains(fragment, StringComparison.Ordinal))),
        $"a {level} log entry with '{string.Join("', '", fragments)}'");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponseMediaType));
        using HttpResponseMessage response = await Client.SendAsync(request, cancellationToken);
        return new GraphQLResponse(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            await response.Content.ReadAsStringAsync(cancellationToken));
    }
}
