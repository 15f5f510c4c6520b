using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using GameLibrary.Gateway.LoadTest.Platform;

namespace GameLibrary.Gateway.LoadTest.Soak;

/// <summary>
/// The soak's mixed load through the gateway: readers whose queries join catalog, users, scoreboard and recommendations;
/// writers submitting scores (each with a fresh idempotency key); subscribers of live leaderboards. Counts what was
/// answered and what failed: any error, refusal or ended subscription is a failure.
/// </summary>
internal sealed class SoakWorkload(GraphQLClient gateway, Uri gatewayGraphQL, SoakSettings settings, IReadOnlyList<string> games, IReadOnlyList<string> tokens)
{
    private static readonly string[] Reads =
    [
        "query($id: ID!) { game(id: $id) { title averageRating ratingsCount leaderboard(first: 5) { totalPlayers entries { rank score user { displayName } } } } }",
        "query($id: ID!) { game(id: $id) { title similarGames(first: 3) { score game { title } } } }",
        "query { games(first: 10) { totalCount nodes { id title averageRating } } }",
    ];

    private readonly List<LiveSubscription> _subscriptions = [];
    private long _requests;
    private long _errors;

    /// <summary>HTTP requests answered so far.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Failed requests plus failed subscription events and subscriptions that ended, so far.</summary>
    public long Errors => Interlocked.Read(ref _errors) + _subscriptions.Sum(s => s.Errors + (s.Ending is null ? 0 : 1));

    /// <summary>Subscription events received so far.</summary>
    public long Events => _subscriptions.Sum(s => (long)s.Events);

    /// <summary>The last failure seen, for the report.</summary>
    public string? LastError { get; private set; }

    /// <summary>Opens the subscriptions, then loads until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        string Board(int i) => $"subscription {{ leaderboardUpdated(gameId: \"{games[i % games.Count]}\", top: 5) {{ totalPlayers entries {{ rank score user {{ displayName }} }} }} }}";
        for (int i = 0; i < settings.Subscribers; i++)
        {
            _subscriptions.Add(await LiveSubscription.OpenAsync(gatewayGraphQL, Board(i), ProcessPlatform.Patience).ConfigureAwait(false));
        }

        try
        {
            await Task.WhenAll(
                Enumerable.Range(0, settings.Readers).Select(i => LoopAsync(i, ReadAsync, cancellationToken))
                    .Concat(Enumerable.Range(0, settings.Writers).Select(i => LoopAsync(i, WriteAsync, cancellationToken)))).ConfigureAwait(false);
        }
        finally
        {
            foreach (LiveSubscription subscription in _subscriptions)
            {
                if (subscription.LastError is { } error)
                {
                    LastError = $"subscription: {error}";
                }
            }
        }
    }

    /// <summary>Closes the subscriptions; those the server ended before stay counted as failures.</summary>
    public async Task CloseAsync()
    {
        long failed = _subscriptions.Sum(s => s.Errors + (s.Ending is null ? 0 : 1));
        foreach (LiveSubscription subscription in _subscriptions)
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
        }

        _subscriptions.Clear();
        Interlocked.Add(ref _errors, failed);
    }

    private async Task LoopAsync(int client, Func<int, long, CancellationToken, Task<bool>> step, CancellationToken cancellationToken)
    {
        for (long n = 0; !cancellationToken.IsCancellationRequested; n++)
        {
            bool ok;
            try
            {
                ok = await step(client, n, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                LastError = e.Message;
                ok = false;
            }

            Interlocked.Increment(ref _requests);
            if (!ok)
            {
                Interlocked.Increment(ref _errors);
            }

            if (settings.ThinkTime > TimeSpan.Zero)
            {
                await Task.Delay(settings.ThinkTime, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> ReadAsync(int client, long n, CancellationToken cancellationToken)
    {
        string game = games[(int)((client + n) % games.Count)];
        (HttpStatusCode status, JsonNode? body) = await gateway.PostAsync(
            Reads[(int)(n % Reads.Length)], new JsonObject { ["id"] = game }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return Succeeded(status, body);
    }

    private async Task<bool> WriteAsync(int client, long n, CancellationToken cancellationToken)
    {
        string token = tokens[(int)((client + n) % tokens.Count)];
        string game = games[(int)(n % games.Count)];
        string key = string.Create(CultureInfo.InvariantCulture, $"soak-{client}-{n}-{Environment.TickCount64}");
        (HttpStatusCode status, JsonNode? body) = await gateway.PostAsync(
            GraphQLClient.SubmitScore,
            new JsonObject { ["g"] = game, ["s"] = (int)(n % 100_000), ["k"] = key },
            token,
            cancellationToken).ConfigureAwait(false);
        return Succeeded(status, body);
    }

    private bool Succeeded(HttpStatusCode status, JsonNode? body)
    {
        if (status == HttpStatusCode.OK && body?["errors"] is null && body?["data"] is not null)
        {
            return true;
        }

        LastError = $"{(int)status} {body?.ToJsonString() ?? "(no JSON body)"}";
        return false;
    }
}
