using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Hosting;
using GameLibrary.Transport.Logging;
using GameLibrary.Transport.Serialization;
using GameLibrary.Transport.ServerSentEvents;
using GameLibrary.Transport.WebSockets;

namespace GameLibrary.Transport.Http;

/// <summary>
/// The request delegate behind <c>MapGraphQL</c>: sends WebSocket upgrades to graphql-transport-ws,
/// <c>Accept: text/event-stream</c> to SSE, and everything else through GraphQL over HTTP.
/// </summary>
internal sealed class GraphQLEndpoint(
    GraphQLOperationTracker tracker,
    GraphQLWebSocketHandler webSockets,
    ServerSentEventsResponder serverSentEvents,
    IOptions<GraphQLTransportOptions> options,
    IHostEnvironment environment,
    ILogger<GraphQLEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        GraphQLTransportOptions settings = options.Value;
        bool acceptable = ResponseFormatNegotiator.TryNegotiate(
            context.Request.Headers.Accept,
            settings.EnableServerSentEvents,
            out ResponseFormat format);

        // The transport's own errors are JSON: plain for legacy clients, graphql-response+json otherwise.
        ResponseFormat errorFormat = acceptable && format == ResponseFormat.Json
            ? ResponseFormat.Json
            : ResponseFormat.GraphQLResponseJson;

        if (!tracker.TryEnter())
        {
            await WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, TransportErrors.ShuttingDown(), errorFormat);
            return;
        }

        try
        {
            if (settings.EnableWebSockets && context.WebSockets.IsWebSocketRequest)
            {
                await webSockets.HandleAsync(context);
                return;
            }

            string method = context.Request.Method;
            bool isGet = HttpMethods.IsGet(method);
            if (!HttpMethods.IsPost(method) && !(isGet && settings.EnableGet))
            {
                context.Response.Headers.Allow = settings.EnableGet ? "GET, POST" : "POST";
                await WriteErrorAsync(context, new TransportError(
                    StatusCodes.Status405MethodNotAllowed,
                    GraphQLTransportErrorCodes.MethodNotAllowed,
                    $"The GraphQL endpoint does not support {method} requests."), errorFormat);
                return;
            }

            if (!acceptable)
            {
                await WriteErrorAsync(context, new TransportError(
                    StatusCodes.Status406NotAcceptable,
                    GraphQLTransportErrorCodes.NotAcceptable,
                    "The Accept header allows none of application/graphql-response+json, application/json"
                    + (settings.EnableServerSentEvents ? " or text/event-stream." : ".")), errorFormat);
                return;
            }

            using CancellationTokenSource cancellation =
                CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, tracker.Aborted);
            (ParsedRequest? parsed, TransportError? error) = isGet
                ? HttpRequestReader.ReadGet(context.Request.Query)
                : await HttpRequestReader.ReadPostAsync(context, settings.MaxRequestBodySize, cancellation.Token);
            if (parsed is null)
            {
                await WriteErrorAsync(context, error!, errorFormat);
                return;
            }

            using (parsed)
            {
                // GET stays GET even when answered as SSE, so that the executor keeps refusing mutations.
                GraphQLTransportKind transport = isGet ? GraphQLTransportKind.HttpGet
                    : format == ResponseFormat.EventStream ? GraphQLTransportKind.ServerSentEvents
                    : GraphQLTransportKind.HttpPost;
                await ExecuteAsync(context, parsed.Request, transport, format, cancellation.Token);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client is gone.
        }
        catch (IOException exception)
        {
            // The connection broke while reading the body.
            TransportLog.ConnectionLost(logger, exception);
        }
        finally
        {
            tracker.Exit();
        }
    }

    private async Task ExecuteAsync(
        HttpContext context,
        GraphQLRequest request,
        GraphQLTransportKind transport,
        ResponseFormat format,
        CancellationToken cancellationToken)
    {
        GraphQLExecution execution;
        try
        {
            IGraphQLExecutor executor = context.RequestServices.GetRequiredService<IGraphQLExecutor>();
            GraphQLRequestContext requestContext = new(transport, context, user: null, context.RequestServices);
            execution = await executor.ExecuteAsync(request, requestContext, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (!context.RequestAborted.IsCancellationRequested)
            {
                // Still running when the shutdown deadline passed.
                await WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, TransportErrors.ShuttingDown(), format);
            }

            return;
        }
        catch (Exception exception)
        {
            TransportLog.ExecutionFailed(logger, transport.ToString(), exception);
            await WriteErrorAsync(context, StatusCodes.Status500InternalServerError, TransportErrors.Internal(exception, environment), format);
            return;
        }

        if (execution is GraphQLExecution.ResultStream stream && format != ResponseFormat.EventStream)
        {
            // Disposing an enumerator that never ran releases whatever the engine set up for it.
            await stream.Events.GetAsyncEnumerator(CancellationToken.None).DisposeAsync();
            await WriteErrorAsync(
                context,
                JsonResponseWriter.StatusCodeFor(GraphQLResultKind.RequestError, format),
                TransportErrors.SubscriptionTransportRequired(),
                format);
            return;
        }

        if (execution is GraphQLExecution.SingleResult { Result: var result }
            && (format != ResponseFormat.EventStream || result.Kind != GraphQLResultKind.Executed))
        {
            // Over SSE too, a result that never executed (parse, validation, variables, not allowed, not signed in) is
            // known before any stream starts: an ordinary JSON response with its status, as docs/transport.md promises
            // (graphql-sse allows either this or a next event).
            ResponseFormat jsonFormat = format == ResponseFormat.EventStream ? ResponseFormat.GraphQLResponseJson : format;
            if (result.Kind == GraphQLResultKind.OperationNotAllowed)
            {
                context.Response.Headers.Allow = "POST";
            }
            else if (result.Kind == GraphQLResultKind.PersistedQueryMiss)
            {
                // A CDN caching a GET's miss would keep the client from ever getting the document once registered.
                context.Response.Headers.CacheControl = "private, no-cache, must-revalidate";
            }

            await JsonResponseWriter.WriteAsync(
                context,
                result,
                JsonResponseWriter.StatusCodeFor(result.Kind, jsonFormat),
                jsonFormat,
                logger,
                cancellationToken);
            return;
        }

        await serverSentEvents.RespondAsync(context, execution, cancellationToken);
    }

    private Task WriteErrorAsync(HttpContext context, TransportError error, ResponseFormat format) =>
        WriteErrorAsync(context, error.StatusCode, error.ToResult(), format);

    private Task WriteErrorAsync(HttpContext context, int statusCode, TransportErrorResult error, ResponseFormat format)
    {
        if (context.Response.HasStarted)
        {
            context.Abort();
            return Task.CompletedTask;
        }

        // SSE clients that hit an HTTP-level error get the GraphQL error as JSON.
        ResponseFormat jsonFormat = format == ResponseFormat.EventStream ? ResponseFormat.GraphQLResponseJson : format;
        return JsonResponseWriter.WriteAsync(context, error, statusCode, jsonFormat, logger, context.RequestAborted);
    }
}
