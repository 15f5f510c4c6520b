using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameLibrary.AppHost.Seeding;

/// <summary>Posts GraphQL operations to one endpoint over HTTP.</summary>
/// <param name="http">The HTTP client.</param>
/// <param name="endpoint">The GraphQL endpoint.</param>
internal sealed class GraphQLClient(HttpClient http, Uri endpoint)
{
    /// <summary>Runs an operation.</summary>
    /// <param name="query">The document.</param>
    /// <param name="variables">The variables, or null.</param>
    /// <param name="token">A bearer token, or null for an anonymous call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response's <c>data</c>.</returns>
    /// <exception cref="GraphQLException">The response has errors (the first one is reported).</exception>
    public async Task<JsonNode> ExecuteAsync(string query, JsonObject? variables, string? token, CancellationToken cancellationToken)
    {
        using HttpRequestMessage request = new(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            throw new GraphQLException(null, $"{endpoint} answered {(int)response.StatusCode} with a body that is not JSON: {body}");
        }

        if (document?["errors"] is JsonArray { Count: > 0 } errors)
        {
            JsonNode? first = errors[0];
            throw new GraphQLException(
                first?["extensions"]?["code"]?.GetValue<string>(),
                first?["message"]?.GetValue<string>() ?? errors.ToJsonString(),
                first?["extensions"]?["field"]?.GetValue<string>());
        }

        return document?["data"] ?? throw new GraphQLException(null, $"{endpoint} answered {(int)response.StatusCode} without data: {body}");
    }
}
