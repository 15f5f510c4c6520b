using System.Globalization;
using System.Text.Json.Nodes;

namespace GameLibrary.AppHost.Seeding;

/// <summary>
/// Writes the <see cref="DemoData"/> through the users subgraph's API, the way a player would: registers the accounts,
/// adds their library entries and ratings, and signs in as the viewer. Once only, like the catalog's seed: when the
/// viewer exists — it is written last, so it marks a finished run — nothing is written, and what players changed since
/// (ratings, libraries) stays; <c>--reseed</c> deletes the data to start afresh. A run that stopped half-way is
/// completed: accounts and entries that exist are kept.
/// </summary>
/// <param name="users">The users subgraph's GraphQL endpoint.</param>
/// <param name="report">Receives a line of progress per account.</param>
internal sealed class DemoSeeder(GraphQLClient users, Action<string> report)
{
    /// <summary>The pause before asking again about a game the users subgraph does not know yet.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(250);

    private const string NotFound = "NOT_FOUND";
    private const string Conflict = "CONFLICT";

    /// <summary>Seeds the demo accounts, unless an earlier run did.</summary>
    /// <param name="games">How many games the catalog has (ids 1 to <paramref name="games"/>); entries of other games are skipped.</param>
    /// <param name="catalogWait">
    /// How long to wait for the users subgraph to learn about the catalog's games: it hears of them through the event
    /// log, a moment after the catalog starts publishing.
    /// </param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The viewer's session.</returns>
    /// <exception cref="GraphQLException">The users subgraph refused something, or never learned about a game.</exception>
    public async Task<DemoSession> SeedAsync(int games, TimeSpan catalogWait, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(DemoData.Viewer, cancellationToken).ConfigureAwait(false))
        {
            report("demo data: kept from an earlier start, with any ratings and library changes since (--reseed starts afresh)");
            return await LoginAsync(DemoData.Viewer, cancellationToken).ConfigureAwait(false);
        }

        DateTimeOffset deadline = DateTimeOffset.UtcNow + catalogWait;
        DemoSession? viewer = null;
        foreach (DemoAccount account in DemoData.Accounts)
        {
            (DemoSession session, bool registered) = await RegisterOrLoginAsync(account, cancellationToken).ConfigureAwait(false);
            int added = 0, rated = 0;
            foreach (DemoEntry entry in account.Entries.Where(entry => entry.GameId <= games))
            {
                if (entry.Status is { } status && await AddToLibraryAsync(session.Token, entry.GameId, status, deadline, cancellationToken).ConfigureAwait(false))
                {
                    added++;
                }

                if (entry.Rating is { } rating)
                {
                    await RateAsync(session.Token, entry.GameId, rating, deadline, cancellationToken).ConfigureAwait(false);
                    rated++;
                }
            }

            report(string.Create(
                CultureInfo.InvariantCulture,
                $"demo account {account.Username}: {(registered ? "registered" : "exists")}; library entries added: {added}, ratings set: {rated}"));
            if (account == DemoData.Viewer)
            {
                viewer = session;
            }
        }

        return viewer ?? throw new InvalidOperationException("The demo data has no viewer account.");
    }

    /// <summary>Signs in as the viewer without seeding anything.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The session, or null when the account does not exist.</returns>
    public async Task<DemoSession?> SignInAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await LoginAsync(DemoData.Viewer, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphQLException)
        {
            return null;
        }
    }

    private async Task<bool> ExistsAsync(DemoAccount account, CancellationToken cancellationToken)
    {
        JsonNode existing = await users.ExecuteAsync(
            "query($username: String!) { userByUsername(username: $username) { id } }",
            new JsonObject { ["username"] = account.Username },
            token: null,
            cancellationToken).ConfigureAwait(false);
        return existing["userByUsername"] is not null;
    }

    /// <summary>Registers the account (which signs it in), or signs in when a run that stopped half-way registered it.</summary>
    private async Task<(DemoSession Session, bool Registered)> RegisterOrLoginAsync(DemoAccount account, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(account, cancellationToken).ConfigureAwait(false))
        {
            return (await LoginAsync(account, cancellationToken).ConfigureAwait(false), false);
        }

        JsonNode data = await users.ExecuteAsync(
            "mutation($username: String!, $email: String!, $password: String!, $displayName: String) { register(username: $username, email: $email, password: $password, displayName: $displayName) { token expiresAt } }",
            new JsonObject
            {
                ["username"] = account.Username,
                ["email"] = account.Email,
                ["password"] = DemoData.Password,
                ["displayName"] = account.DisplayName,
            },
            token: null,
            cancellationToken).ConfigureAwait(false);
        return (Session(account, data["register"]), true);
    }

    /// <summary>Signs in as a demo account.</summary>
    /// <param name="account">The account, which must exist.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The session.</returns>
    /// <exception cref="GraphQLException">The users subgraph refused the sign-in.</exception>
    public async Task<DemoSession> LoginAsync(DemoAccount account, CancellationToken cancellationToken)
    {
        JsonNode data = await users.ExecuteAsync(
            "mutation($login: String!, $password: String!) { login(usernameOrEmail: $login, password: $password) { token expiresAt } }",
            new JsonObject { ["login"] = account.Username, ["password"] = DemoData.Password },
            token: null,
            cancellationToken).ConfigureAwait(false);
        return Session(account, data["login"]);
    }

    /// <summary>The session an <c>AuthPayload</c> (of register or login) describes.</summary>
    private static DemoSession Session(DemoAccount account, JsonNode? payload)
    {
        if (payload is null)
        {
            throw new GraphQLException(null, "signing in returned no payload.");
        }

        return new DemoSession(
            account.Username,
            DemoData.Password,
            payload["token"]!.GetValue<string>(),
            DateTimeOffset.Parse(payload["expiresAt"]!.GetValue<string>(), CultureInfo.InvariantCulture));
    }

    /// <returns>Whether the game was added (false: it was in the library already).</returns>
    private async Task<bool> AddToLibraryAsync(string token, long gameId, string status, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        try
        {
            await WhileGameUnknownAsync(
                () => users.ExecuteAsync(
                    "mutation($gameId: ID!, $status: LibraryStatus!) { addToLibrary(gameId: $gameId, status: $status) { status } }",
                    new JsonObject { ["gameId"] = Id(gameId), ["status"] = status },
                    token,
                    cancellationToken),
                gameId,
                deadline,
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (GraphQLException exception) when (exception.Code == Conflict)
        {
            return false;
        }
    }

    private Task RateAsync(string token, long gameId, int rating, DateTimeOffset deadline, CancellationToken cancellationToken) =>
        WhileGameUnknownAsync(
            () => users.ExecuteAsync(
                "mutation($gameId: ID!, $rating: Int!) { rateGame(gameId: $gameId, rating: $rating) { id } }",
                new JsonObject { ["gameId"] = Id(gameId), ["rating"] = rating },
                token,
                cancellationToken),
            gameId,
            deadline,
            cancellationToken);

    /// <summary>Repeats <paramref name="call"/> while it fails with NOT_FOUND because the game has not reached the users subgraph yet.</summary>
    private static async Task WhileGameUnknownAsync(Func<Task<JsonNode>> call, long gameId, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await call().ConfigureAwait(false);
                return;
            }
            catch (GraphQLException exception) when (exception.Code == NotFound)
            {
                if (DateTimeOffset.UtcNow >= deadline)
                {
                    throw new GraphQLException(
                        NotFound,
                        $"the users subgraph still does not know game {gameId} ({exception.Message}). It learns about games from the catalog's "
                        + "events; when its database was deleted but not the event log, start with --reseed.");
                }

                await Task.Delay(RetryInterval, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string Id(long gameId) => gameId.ToString(CultureInfo.InvariantCulture);
}
