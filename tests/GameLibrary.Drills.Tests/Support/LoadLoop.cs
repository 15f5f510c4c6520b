using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using GameLibrary.Gateway.LoadTest.Platform;

namespace GameLibrary.Drills.Tests.Support;

/// <summary>
/// Closed-loop clients sending one operation until stopped, keeping every answer (or the failure to get one) with the
/// time it was sent and answered: what a drill's clients saw while something broke.
/// </summary>
internal sealed class LoadLoop : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<Answer> _answers = new();
    private readonly Task _running;

    /// <summary>Starts <paramref name="clients"/> clients posting <paramref name="query"/> to <paramref name="endpoint"/>.</summary>
    public LoadLoop(HttpClient http, Uri endpoint, string query, JsonObject? variables, int clients)
    {
        var client = new GraphQLClient(http, endpoint);
        _running = Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                DateTime sent = DateTime.UtcNow;
                try
                {
                    (HttpStatusCode status, JsonNode? body) = await client.PostAsync(query, variables);
                    _answers.Enqueue(new Answer(sent, DateTime.UtcNow, status, body, null));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    _answers.Enqueue(new Answer(sent, DateTime.UtcNow, null, null, e));
                    await Task.Delay(100);
                }
            }
        })));
    }

    /// <summary>The answers so far.</summary>
    public IReadOnlyList<Answer> Answers => [.. _answers];

    /// <summary>Stops the clients and waits for their last answers.</summary>
    public async Task<IReadOnlyList<Answer>> StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
        return Answers;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    /// <summary>One request as its client saw it.</summary>
    /// <param name="Sent">When it was sent.</param>
    /// <param name="Answered">When its answer (or failure) came.</param>
    /// <param name="Status">The HTTP status; null when no answer came.</param>
    /// <param name="Body">The JSON body; null when there was none.</param>
    /// <param name="Failure">Why no answer came.</param>
    public sealed record Answer(DateTime Sent, DateTime Answered, HttpStatusCode? Status, JsonNode? Body, Exception? Failure)
    {
        /// <summary>200 with data and no errors.</summary>
        public bool Complete => Status == HttpStatusCode.OK && Body?["errors"] is null && Body?["data"] is not null;

        /// <summary>The errors' extensions.code values.</summary>
        public IReadOnlyList<string?> Codes => [.. Body?["errors"]?.AsArray().Select(error => error?["extensions"]?["code"]?.GetValue<string>()) ?? []];
    }
}
