using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Subgraph.Toolkit.Tests.Sample;

using GameLibrary.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Tests.Support;

/// <summary>The sample subgraph, started in-process on a test server exactly as a host would set it up.</summary>
public sealed class TestSubgraph : IAsyncDisposable
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";

    private TestSubgraph(WebApplication app)
    {
        App = app;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<TestSubgraph> StartAsync(
        string environment = "Development",
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        string? contentRoot = null)
    {
        WebApplication app = Build(environment, settings, configure, contentRoot);
        app.MapSubgraphEndpoints();
        await app.StartAsync();
        return new TestSubgraph(app);
    }

    /// <summary>Builds the sample subgraph on a test server without starting it.</summary>
    public static WebApplication Build(
        string environment = "Development",
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        string? contentRoot = null)
    {
        string[] args = contentRoot is null
            ? ["--environment", environment]
            : ["--environment", environment, "--contentRoot", contentRoot];
        WebApplicationBuilder builder = SampleSubgraph.CreateBuilder(args);
        builder.WebHost.UseTestServer();
        // The test key lets tests craft their own tokens; a setting mapped to null removes it.
        Dictionary<string, string?> configuration = new() { ["Auth:SigningKey"] = TestKeys.SigningKey };
        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        configure?.Invoke(builder);
        return builder.Build();
    }

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? token = null, string? operationName = null)
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["query"] = query,
                ["operationName"] = operationName,
                ["variables"] = variables is null ? null : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(variables)),
            }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponseMediaType));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await SendAsync(request);
    }

    public async Task<GraphQLResponse> GetAsync(string query)
    {
        using HttpRequestMessage request = new(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponseMediaType));
        return await SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private async Task<GraphQLResponse> SendAsync(HttpRequestMessage request)
    {
        using HttpResponseMessage response = await Client.SendAsync(request);
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
