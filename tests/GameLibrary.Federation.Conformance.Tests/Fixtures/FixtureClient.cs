using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>Posts GraphQL requests to a fixture subgraph the way a gateway would (for the engine's own tests).</summary>
public static class FixtureClient
{
    private static readonly HttpClient Http = new();

    /// <summary>The HTTP status and the parsed response body of one request.</summary>
    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(Uri url, string query, JsonObject? variables = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        using HttpRequestMessage request = new(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables?.DeepClone() }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using HttpResponseMessage response = await Http.SendAsync(request).ConfigureAwait(false);
        string body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return (response.StatusCode, JsonNode.Parse(body)?.AsObject() ?? throw new InvalidOperationException($"Empty response body ({response.StatusCode})."));
    }
}
