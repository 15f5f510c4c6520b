using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

using GameLibrary.Subgraph.Toolkit.Telemetry;
using GameLibrary.Transport.Execution;

using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;

using GraphQLParser.Exceptions;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>Runs transport requests on the subgraph's GraphQL.NET schema.</summary>
internal sealed partial class GraphQLNetExecutor(
    IDocumentExecuter<ISchema> executer,
    GraphQLNetSerializer serializer,
    GraphQLOperationMetrics metrics,
    IOptions<SubgraphGraphQLOptions> options,
    ILogger<GraphQLNetExecutor> logger) : IGraphQLExecutor
{
    private static readonly IValidationRule[] QueryOnlyRules = [.. DocumentValidator.CoreRules, QueryOnlyValidationRule.Instance];

    public async ValueTask<GraphQLExecution> ExecuteAsync(
        GraphQLRequest request,
        GraphQLRequestContext context,
        CancellationToken cancellationToken)
    {
        if (request.Query is null)
        {
            // A hash-only persisted query (the transport lets it through for the gateway): subgraphs keep no documents.
            // Apollo Server's answer, on which Apollo's clients stop sending hashes and send the text.
            return GraphQLExecution.Single(new GraphQLNetResult(PersistedQueriesNotSupported, GraphQLResultKind.PersistedQueryMiss, serializer));
        }

        using Activity? activity = SubgraphTelemetry.ActivitySource.StartActivity("graphql", ActivityKind.Internal);
        long started = Stopwatch.GetTimestamp();

        ExecutionResult result = TryReadObject(request.Variables, out Inputs? variables, out string? variablesProblem)
            ? await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = variables,
                Extensions = TryReadObject(request.Extensions, out Inputs? extensions, out _) ? extensions : null,
                User = context.User,
                RequestServices = context.Services,
                CancellationToken = cancellationToken,
                ValidationRules = context.QueryOnly ? QueryOnlyRules : null,
                UnhandledExceptionDelegate = HandleUnhandledException,
            }).ConfigureAwait(false)
            : InvalidVariables(variablesProblem);

        GraphQLResultKind kind = ExecutionErrorClassifier.Classify(result);
        Record(activity, result, request.OperationName, Stopwatch.GetElapsedTime(started));

        return result.Streams is { Count: > 0 } streams
            ? GraphQLExecution.Stream(ReadEvents(streams.Values.Single(), cancellationToken))
            : GraphQLExecution.Single(new GraphQLNetResult(result, kind, serializer));
    }

    private async IAsyncEnumerable<IGraphQLResult> ReadEvents(
        IObservable<ExecutionResult> events,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (ExecutionResult result in SubscriptionEventStream.ReadAsync(events, options.Value.SubscriptionBufferSize, cancellationToken)
            .ConfigureAwait(false))
        {
            yield return new GraphQLNetResult(result, ExecutionErrorClassifier.Classify(result), serializer);
        }
    }

    /// <summary>Reads an absent or null element as no inputs; anything but a readable JSON object is a problem.</summary>
    private bool TryReadObject(JsonElement? element, out Inputs? inputs, [NotNullWhen(false)] out string? problem)
    {
        inputs = null;
        problem = null;
        if (element is not { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } value)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problem = "The variables of a request must be a JSON object.";
            return false;
        }

        if (OverlongNumbers.Occur(value))
        {
            problem = $"The variables hold a number longer than {OverlongNumbers.MaxLength} characters.";
            return false;
        }

        try
        {
            inputs = serializer.ReadNode<Inputs>(value);
            return true;
        }
        catch (JsonException exception)
        {
            // Valid JSON, so the serializer's depth limit is what it ran into.
            problem = $"The variables could not be read: {exception.Message}";
            return false;
        }
    }

    private static ExecutionResult PersistedQueriesNotSupported => new()
    {
        Errors = [new ExecutionError("PersistedQueryNotSupported") { Code = SubgraphErrorCodes.PersistedQueryNotSupported }],
    };

    private static ExecutionResult InvalidVariables(string problem) => new()
    {
        Errors = [new ExecutionError(problem) { Code = SubgraphErrorCodes.BadUserInput }],
    };

    private Task HandleUnhandledException(UnhandledExceptionContext context)
    {
        // The parser's depth guard surfaces as an unhandled exception; it is the client's fault, not ours.
        if (context.OriginalException is GraphQLMaxDepthExceededException)
        {
            context.Exception = new ExecutionError("The document is nested too deeply to be parsed.")
            {
                Code = SubgraphErrorCodes.MaxDepthExceeded,
            };
        }
        else if (IsStoreUnavailable(context.OriginalException))
        {
            // An outage of the database, not a fault of the request or the resolver: said so, so clients know to retry
            // (seen in the PostgreSQL fault drill, which got INTERNAL_SERVER_ERROR for every field while it was down).
            LogStoreUnavailable(context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(document)");
            context.Exception = new ExecutionError("The service's database is unavailable; try again shortly.")
            {
                Code = SubgraphErrorCodes.ServiceUnavailable,
            };
        }
        else
        {
            LogUnhandledException(context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(document)");
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether the failure, or one it wraps (EF Core's, a retry strategy's), is a database that cannot be reached now.</summary>
    private static bool IsStoreUnavailable(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is System.Data.Common.DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    private void Record(Activity? activity, ExecutionResult result, string? requestedOperationName, TimeSpan duration)
    {
        GraphQLOperationTags tags = new(
            result.Operation?.Operation.ToString().ToLowerInvariant() ?? "unknown",
            result.Operation?.Name?.StringValue ?? requestedOperationName);
        int errorCount = result.Errors?.Count ?? 0;
        metrics.Record(tags, duration, errorCount);
        if (activity is not null)
        {
            tags.ApplyTo(activity);
            activity.SetTag("graphql.errors.count", errorCount);
            if (!result.Executed)
            {
                activity.SetStatus(ActivityStatusCode.Error, result.Errors?[0].Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The database is unavailable while resolving {Field}")]
    private partial void LogStoreUnavailable(Exception exception, string field);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while resolving {Field}")]
    private partial void LogUnhandledException(Exception exception, string field);
}
