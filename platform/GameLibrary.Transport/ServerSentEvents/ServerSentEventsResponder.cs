using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Hosting;
using GameLibrary.Transport.Logging;
using GameLibrary.Transport.Serialization;

namespace GameLibrary.Transport.ServerSentEvents;

/// <summary>
/// Answers an executed request as GraphQL over Server-Sent Events, distinct-connections mode
/// (graphql-sse PROTOCOL.md): one <c>next</c> event per result, then <c>complete</c>. Request errors
/// never get here: the endpoint answers them as ordinary JSON responses before a stream starts.
/// </summary>
internal sealed class ServerSentEventsResponder(
    GraphQLOperationTracker tracker,
    ServerSentEventKeepAlive keepAlive,
    IHostEnvironment environment,
    ILogger<ServerSentEventsResponder> logger)
{
    /// <summary>Streams the execution; <paramref name="cancellationToken"/> ends it without <c>complete</c>.</summary>
    public async Task RespondAsync(HttpContext context, GraphQLExecution execution, CancellationToken cancellationToken)
    {
        HttpResponse response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        using ServerSentEventWriter events = new(response.BodyWriter, cancellationToken);
        bool streamed = false;
        try
        {
            await response.StartAsync(cancellationToken);

            // Headers go out now, so the client knows the stream is open before the first event.
            await response.BodyWriter.FlushAsync(cancellationToken);
            keepAlive.Add(events);
            streamed = true;

            bool open = execution is GraphQLExecution.SingleResult single
                ? await events.WriteNextAsync(single.Result, cancellationToken)
                : await StreamAsync(events, ((GraphQLExecution.ResultStream)execution).Events, cancellationToken);
            if (open)
            {
                await events.WriteCompleteAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client left, or the shutdown deadline passed: nobody is reading any more.
        }
        finally
        {
            keepAlive.Remove(events);
            await events.CloseAsync();
            if (!streamed && execution is GraphQLExecution.ResultStream never)
            {
                // The response never started: the source must still release what it holds (a subscription upstream).
                await never.Events.GetAsyncEnumerator(CancellationToken.None).DisposeAsync();
            }
        }
    }

    /// <summary>Forwards the stream; true when the response is still open for <c>complete</c>.</summary>
    private async Task<bool> StreamAsync(
        ServerSentEventWriter events,
        IAsyncEnumerable<IGraphQLResult> source,
        CancellationToken cancellationToken)
    {
        // Shutdown ends the source but not the response: the client still gets its complete event. The source already
        // ends when the client leaves (the execution's token is the request's, and a stream honours both its execution's
        // token and its reader's, as async iterators do), so it reads with the server's shutdown token as it is: a token
        // source linked to both, per stream, held an idle subscription's two registrations and a source of its own.
        CancellationToken stopping = tracker.Stopping;
        IAsyncEnumerator<IGraphQLResult> enumerator = source.GetAsyncEnumerator(stopping);
        try
        {
            while (!stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested && await enumerator.MoveNextAsync())
            {
                if (!await events.WriteNextAsync(enumerator.Current, cancellationToken))
                {
                    return false;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested || cancellationToken.IsCancellationRequested)
        {
            // Shutdown (complete follows) or a departed client (the caller stops on its token).
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            TransportLog.StreamFailed(logger, "SSE", exception);
            return await events.WriteNextAsync(TransportErrors.Internal(exception, environment), cancellationToken);
        }
        finally
        {
            await enumerator.DisposeAsync();
        }

        return !cancellationToken.IsCancellationRequested;
    }
}
