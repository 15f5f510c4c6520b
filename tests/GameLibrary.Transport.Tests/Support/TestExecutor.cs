using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Transport.Execution;

namespace GameLibrary.Transport.Tests.Support;

/// <summary>
/// A stand-in engine that recognises a few fixed documents by keyword; engines proper are tested
/// elsewhere. Keywords: hello, SYNTAX_ERROR, boom, mutation, slow, hang, whoami, echo,
/// unauthenticated, brokenWrite, multiline (indented JSON), and subscriptions count(to: N), forever, tracked, badFirst, failing,
/// ticks (40 events 50 ms apart), rendered (<see cref="SharedEvents"/> as shared <see cref="RenderedGraphQLResult"/>s), serialised (the same JSON
/// serialised per client) and direct (the shared events written through the transport's writer, <see cref="DirectlyWrittenStream"/>). It knows no persisted document: a request without a document is a
/// <see cref="GraphQLResultKind.PersistedQueryMiss"/> whose error carries the <c>persistedQuery</c> it was given.
/// </summary>
internal sealed class TestExecutor(ExecutorProbe probe) : IGraphQLExecutor
{
    public async ValueTask<GraphQLExecution> ExecuteAsync(
        GraphQLRequest request,
        GraphQLRequestContext context,
        CancellationToken cancellationToken)
    {
        probe.Calls.Enqueue((request, context));
        if (request.Query is not { } query)
        {
            // What the engine was handed comes back, so tests can see the transport passed it through.
            string persisted = request.Extensions?.GetProperty("persistedQuery").GetRawText() ?? "null";
            return Single(new JsonResult(
                GraphQLResultKind.PersistedQueryMiss,
                """{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND","persistedQuery":""" + persisted + "}}]}"));
        }

        if (request.OperationName is { } name && !query.Contains(name, StringComparison.Ordinal))
        {
            return Single(JsonResult.Error(GraphQLResultKind.RequestError, $"Unknown operation named \"{name}\"."));
        }

        if (query.Contains("SYNTAX_ERROR", StringComparison.Ordinal))
        {
            return Single(new JsonResult(
                GraphQLResultKind.RequestError,
                """{"errors":[{"message":"Syntax Error: Unexpected Name \"SYNTAX_ERROR\".","locations":[{"line":1,"column":3}]}]}"""));
        }

        if (query.Contains("boom", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Secret: the database password is hunter2.");
        }

        if (query.StartsWith("subscription", StringComparison.Ordinal))
        {
            return Subscribe(query, cancellationToken);
        }

        if (query.StartsWith("mutation", StringComparison.Ordinal))
        {
            return Single(context.QueryOnly
                ? JsonResult.Error(GraphQLResultKind.OperationNotAllowed, "Mutations cannot be sent with GET.")
                : JsonResult.Data("""{"like":true}"""));
        }

        if (query.Contains("slow", StringComparison.Ordinal))
        {
            probe.SlowStarted.TrySetResult();
            await probe.SlowRelease.Task.WaitAsync(cancellationToken);
            return Single(JsonResult.Data("""{"slow":"done"}"""));
        }

        if (query.Contains("hang", StringComparison.Ordinal))
        {
            probe.HangStarted.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        if (query.Contains("whoami", StringComparison.Ordinal))
        {
            JsonObject data = new()
            {
                ["user"] = context.User.Identity?.Name,
                ["transport"] = context.Transport.ToString(),
                ["init"] = context.ConnectionInitPayload is { } init ? JsonNode.Parse(init.GetRawText()) : null,
            };
            return Single(JsonResult.Data(new JsonObject { ["whoami"] = data }.ToJsonString()));
        }

        if (query.Contains("echo", StringComparison.Ordinal))
        {
            JsonObject data = new()
            {
                ["operationName"] = request.OperationName,
                ["variables"] = request.Variables is { } variables ? JsonNode.Parse(variables.GetRawText()) : null,
                ["extensions"] = request.Extensions is { } extensions ? JsonNode.Parse(extensions.GetRawText()) : null,
            };
            return Single(JsonResult.Data(new JsonObject { ["echo"] = data }.ToJsonString()));
        }

        if (query.Contains("unauthenticated", StringComparison.Ordinal))
        {
            return Single(JsonResult.Error(GraphQLResultKind.Unauthenticated, "Sign in first."));
        }

        if (query.Contains("brokenWrite", StringComparison.Ordinal))
        {
            return Single(new ThrowingResult());
        }

        if (query.Contains("multiline", StringComparison.Ordinal))
        {
            return Single(new JsonResult(GraphQLResultKind.Executed, "{\r\n  \"data\": {\n    \"multiline\": true\r  }\n}"));
        }

        if (query.Contains("hello", StringComparison.Ordinal))
        {
            return Single(JsonResult.Data("""{"hello":"world"}"""));
        }

        return Single(JsonResult.Error(GraphQLResultKind.RequestError, "Cannot query this field."));
    }

    private static GraphQLExecution Single(IGraphQLResult result) => GraphQLExecution.Single(result);

    private GraphQLExecution Subscribe(string query, CancellationToken cancellationToken)
    {
        if (query.Contains("count(to:", StringComparison.Ordinal))
        {
            int to = int.Parse(query.Split("count(to:")[1].Split(')')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            return GraphQLExecution.Stream(Count(to));
        }

        if (query.Contains("forever", StringComparison.Ordinal))
        {
            return GraphQLExecution.Stream(Forever(cancellationToken));
        }

        if (query.Contains("silent", StringComparison.Ordinal))
        {
            return GraphQLExecution.Stream(Silent(cancellationToken));
        }

        if (query.Contains("tracked", StringComparison.Ordinal))
        {
            return GraphQLExecution.Stream(new TrackedStream(probe));
        }

        if (query.Contains("badFirst", StringComparison.Ordinal))
        {
            return GraphQLExecution.Stream(BadFirst());
        }

        if (query.Contains("failing", StringComparison.Ordinal))
        {
            return GraphQLExecution.Stream(Failing());
        }

        if (query.Contains("ticks", StringComparison.Ordinal))
        {
            return GraphQLExecution.Stream(Ticks());
        }

        if (query.Contains("direct", StringComparison.Ordinal))
        {
            return GraphQLExecution.Stream(new DirectlyWrittenStream(SharedEvents, probe));
        }

        if (query.Contains("rendered", StringComparison.Ordinal))
        {
            return GraphQLExecution.Stream(Events(SharedEvents));
        }

        if (query.Contains("serialised", StringComparison.Ordinal))
        {
            return GraphQLExecution.Stream(Events([.. SharedEvents.Select(e => new JsonResult(e.Kind, Encoding.UTF8.GetString(e.Json.Span)))]));
        }

        return Single(JsonResult.Error(GraphQLResultKind.RequestError, "Unknown subscription field."));
    }

    /// <summary>
    /// Events as an engine that renders each once for many clients hands them over, one instance per event for every
    /// client: non-ASCII and escaped characters written as they are, and one event indented over several lines.
    /// </summary>
    public static RenderedGraphQLResult[] SharedEvents { get; } =
    [
        new(GraphQLResultKind.Executed, Encoding.UTF8.GetBytes("""{"data":{"board":{"name":"Café <Zürich> & \"friends\"","scores":[30,20,10]}}}""")),
        new(GraphQLResultKind.Executed, Encoding.UTF8.GetBytes("{\r\n  \"data\": {\n    \"board\": null\r  },\n  \"errors\": [{\"message\":\"line\\nbreak\"}]\n}")),
        new(GraphQLResultKind.Executed, Encoding.UTF8.GetBytes("""{"data":{"board":{"name":"\u00e9\ud83d\ude00","scores":[]}}}""")),
    ];

    private static async IAsyncEnumerable<IGraphQLResult> Events(IEnumerable<IGraphQLResult> events)
    {
        foreach (IGraphQLResult result in events)
        {
            await Task.Yield();
            yield return result;
        }
    }

    private static async IAsyncEnumerable<IGraphQLResult> Ticks()
    {
        for (int i = 1; i <= 40; i++)
        {
            await Task.Delay(50);
            yield return JsonResult.Data($$"""{"ticks":{{i}}}""");
        }
    }

    private static async IAsyncEnumerable<IGraphQLResult> Count(int to)
    {
        for (int i = 1; i <= to; i++)
        {
            await Task.Yield();
            yield return JsonResult.Data($$"""{"count":{{i}}}""");
        }
    }

    private async IAsyncEnumerable<IGraphQLResult> Forever(
        CancellationToken executionToken,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            yield return JsonResult.Data("""{"forever":1}""");
            using CancellationTokenSource either = CancellationTokenSource.CreateLinkedTokenSource(executionToken, cancellationToken);
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        finally
        {
            probe.StreamsEnded.Release();
        }
    }

    /// <summary>A subscription with no event yet: it waits until the client leaves.</summary>
    private static async IAsyncEnumerable<IGraphQLResult> Silent(
        CancellationToken executionToken,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using CancellationTokenSource either = CancellationTokenSource.CreateLinkedTokenSource(executionToken, cancellationToken);
        await Task.Delay(Timeout.Infinite, either.Token);
        yield break;
    }

    private static async IAsyncEnumerable<IGraphQLResult> BadFirst()
    {
        await Task.Yield();
        yield return JsonResult.Error(GraphQLResultKind.RequestError, "Variable \"$id\" is required.");
        yield return JsonResult.Data("""{"never":true}""");
    }

    private static async IAsyncEnumerable<IGraphQLResult> Failing()
    {
        await Task.Yield();
        yield return JsonResult.Data("""{"failing":1}""");
        throw new InvalidOperationException("Secret: the event source broke.");
    }
}
