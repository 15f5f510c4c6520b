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

            bool open;
            if (execution is GraphQLExecution.SingleResult single)
            {
                open = await events.WriteNextAsync(single.Result, cancellationToken);
            }
            else
            {
                // The stream's loop is here rather than in a method of its own: an open subscription holds one async
                // frame for its response, not two.
                IAsyncEnumerable<IGraphQLResult> source = ((GraphQLExecution.ResultStream)execution).Events;

                // Shutdown ends the source but not the response: the client still gets its complete event. The source
                // already ends when the client leaves (the execution's token is the request's, and a stream honours both
                // its execution's token and its reader's, as async iterators do), so it reads with the server's shutdown
                // token as it is: a token source linked to both, per stream, held an idle subscription's two
                // registrations and a source of its own.
                CancellationToken stopping = tracker.Stopping;
                IAsyncEnumerator<IGraphQLResult> enumerator = source.GetAsyncEnumerator(stopping);

                // A producer that can (a shared subscription) writes its events straight to this response while the loop
                // below waits; the loop writes only what the producer hands it (the connection was busy, or a slow client).
                (enumerator as IGraphQLDirectEvents)?.UseWriter(events);
                open = true;
                try
                {
                    while (open && !stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested && await enumerator.MoveNextAsync())
                    {
                        open = await events.WriteNextAsync(enumerator.Current, cancellationToken);
                    }
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested || cancellationToken.IsCancellationRequested)
                {
                    // Shutdown (complete follows) or a departed client (no complete: see below).
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    TransportLog.StreamFailed(logger, "SSE", exception);
                    open = await events.WriteNextAsync(TransportErrors.Internal(exception, environment), cancellationToken);
                }
                finally
                {
                    await enumerator.DisposeAsync();
                }

                open = open && !cancellationToken.IsCancellationRequested;
            }

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
}
