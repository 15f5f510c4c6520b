using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

using GameLibrary.BadInput.Tests.Platform;
using GameLibrary.BadInput.Tests.Running;

namespace GameLibrary.BadInput.Tests;

/// <summary>
/// Every case of the corpus against its targets over its transports: the documented status or close code, a GraphQL
/// error with <c>extensions.code</c> where the protocol has a body, an answer within 2 s, no internal detail in what
/// came back, and the next good request on the same server served.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CorpusTests(HostilePlatform platform)
{
    /// <summary>The bound on an answer to hostile input; a case not answered by then fails (it is no speed measurement).</summary>
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(2);

    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static TheoryData<string> Cases => new(Corpus.CaseIds());

    [Fact]
    public void The_corpus_makes_at_least_500_runs() => Assert.True(Corpus.RunCount >= 500, $"{Corpus.RunCount} runs");

    /// <summary>A case against each of its targets over each of its transports (each run on its own connection).</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_input_is_refused_with_its_code_and_the_server_goes_on(string id)
    {
        CorpusCase corpusCase = Corpus.Case(id);
        // A target's transports run side by side, the targets one after another: enough to keep the corpus short, few
        // enough that a loaded machine answers each within the 2 s.
        List<string?> failures = [];
        foreach (string target in corpusCase.Targets)
        {
            failures.AddRange(await Task.WhenAll(corpusCase.Transports.Select(transport => RunAsync(corpusCase, target, transport))));
        }

        Assert.True(failures.All(failure => failure is null), string.Join("\n", failures.Where(failure => failure is not null)));
    }

    /// <summary>One run; returns why it failed, or null.</summary>
    private async Task<string?> RunAsync(CorpusCase corpusCase, string target, string transport)
    {
        string run = $"{target}/{transport}";
        Uri endpoint = platform.Endpoint(target);
        try
        {
            Outcome outcome;
            using (CancellationTokenSource deadline = new(AnswerWithin))
            {
                try
                {
                    outcome = await SendAsync(corpusCase, target, transport, endpoint, deadline.Token);
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested)
                {
                    return $"{run}: not answered within {AnswerWithin.TotalSeconds} s.";
                }
            }

            new Expectation(corpusCase, target, transport).AssertMet(outcome, transport);
            await AssertServesAsync(endpoint);
            return null;
        }
        catch (Exception exception) when (exception is Xunit.Sdk.XunitException or IOException or HttpRequestException or System.Net.WebSockets.WebSocketException)
        {
            return $"{run}: {exception.Message}";
        }
    }

    private Task<Outcome> SendAsync(CorpusCase corpusCase, string target, string transport, Uri endpoint, CancellationToken cancellationToken)
    {
        JsonObject definition = corpusCase.Definition;
        string? authorization = ForgedTokens.Header(definition["token"], platform);
        if (definition["raw"] is { } raw)
        {
            return HttpRunner.SendRawAsync(Segments.Render(raw, text => Expand(text, endpoint)), endpoint, cancellationToken);
        }

        if (definition["ws"] is JsonArray steps)
        {
            return WebSocketRunner.RunScriptAsync(endpoint, steps, text => Expand(text, endpoint), authorization, cancellationToken);
        }

        byte[] body = RequestBody.Build(corpusCase, target, text => Expand(text, endpoint));
        return transport == TransportName.WebSocket
            ? WebSocketRunner.SendRequestAsync(endpoint, body, authorization, cancellationToken)
            : HttpRunner.SendAsync(definition, endpoint, body, authorization, transport == TransportName.ServerSentEvents, cancellationToken);
    }

    /// <summary>The corpus's placeholders: the signed-in player, times around now, the target's address.</summary>
    private string Expand(string text, Uri endpoint)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return text;
        }

        DateTimeOffset now = DateTimeOffset.UtcNow;
        return text
            .Replace("{{userId}}", platform.UserId, StringComparison.Ordinal)
            .Replace("{{now}}", now.ToString("O", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{future}}", now.AddYears(1).ToString("O", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{past}}", now.AddDays(-2).ToString("O", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{hostPort}}", endpoint.Authority, StringComparison.Ordinal)
            .Replace("{{path}}", endpoint.AbsolutePath, StringComparison.Ordinal);
    }

    private static async Task AssertServesAsync(Uri endpoint)
    {
        using HttpResponseMessage response = await Client.PostAsJsonAsync(endpoint, new JsonObject { ["query"] = "{ __typename }" });
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(
            JsonNode.Parse(body)?["data"]?["__typename"]?.GetValue<string>() == "Query",
            $"The next good request to {endpoint} was not served: {(int)response.StatusCode} {body}");
    }
}
