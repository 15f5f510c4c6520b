using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>GraphQL over HTTP against the platform's gateway (or a subgraph), as its clients use it.</summary>
/// <param name="http">The client (its timeout bounds each request).</param>
/// <param name="endpoint">The GraphQL endpoint.</param>
internal sealed class GraphQLClient(HttpClient http, Uri endpoint)
{
    /// <summary>The submission the soak and the drills send: the payload's status, and the error code when refused.</summary>
    public const string SubmitScore =
        "mutation($g: ID!, $s: Int!, $k: String!) { submitScore(input: {gameId: $g, score: $s, idempotencyKey: $k}) { status duplicate score { id } } }";

    /// <summary>Posts an operation (a copy of <paramref name="variables"/>: the caller may reuse them); the answer's status and body (null when the body is not JSON).</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string query, JsonObject? variables = null, string? token = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables?.DeepClone() }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return (response.StatusCode, JsonNode.Parse(text));
        }
        catch (System.Text.Json.JsonException)
        {
            return (response.StatusCode, null);
        }
    }

    /// <summary>Registers a player (register signs in) and returns the token.</summary>
    public async Task<string> RegisterAsync(string username)
    {
        (_, JsonNode? body) = await PostAsync(
            "mutation($u: String!, $e: String!, $p: String!) { register(username: $u, email: $e, password: $p, displayName: $u) { token } }",
            new JsonObject { ["u"] = username, ["e"] = $"{username}@example.com", ["p"] = "drills-password-42" }).ConfigureAwait(false);
        return body?["data"]?["register"]?["token"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"register {username} failed: {body?.ToJsonString()}");
    }

    /// <summary>
    /// Registers <paramref name="count"/> players named after <paramref name="prefix"/>, one at a time (password hashing
    /// is CPU-bound: on a loaded machine many at once can outlast a request timeout); returns their tokens.
    /// </summary>
    public async Task<string[]> RegisterPlayersAsync(string prefix, int count)
    {
        var tokens = new string[count];
        for (int i = 0; i < count; i++)
        {
            tokens[i] = await RegisterAsync(string.Create(CultureInfo.InvariantCulture, $"{prefix}p{i}")).ConfigureAwait(false);
        }

        return tokens;
    }

    /// <summary>Submits a score; the answer's body (data.submitScore, or errors).</summary>
    public async Task<JsonNode?> SubmitScoreAsync(string token, string gameId, int score, string idempotencyKey, CancellationToken cancellationToken = default) =>
        (await PostAsync(SubmitScore, new JsonObject { ["g"] = gameId, ["s"] = score, ["k"] = idempotencyKey }, token, cancellationToken).ConfigureAwait(false)).Body;

    /// <summary>Waits until the scoreboard knows the game (the catalog's event reached it): a score on it is accepted.</summary>
    public async Task WaitUntilScoredAsync(string token, string gameId, TimeSpan patience)
    {
        DateTime deadline = DateTime.UtcNow + patience;
        for (int attempt = 0; ; attempt++)
        {
            JsonNode? answer = await SubmitScoreAsync(token, gameId, 1, $"warmup-{gameId}-{attempt}").ConfigureAwait(false);
            if (answer?["data"]?["submitScore"]?["status"] is not null)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The scoreboard did not learn game {gameId} within {patience.TotalSeconds:0} s: {answer?.ToJsonString()}");
            }

            await Task.Delay(250).ConfigureAwait(false);
        }
    }
}
