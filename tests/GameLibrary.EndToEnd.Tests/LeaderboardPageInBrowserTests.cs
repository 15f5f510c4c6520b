using System.Text.Json.Nodes;

using GameLibrary.EndToEnd.Tests.Platform;
using GameLibrary.Testing.Browser;

using Xunit.Abstractions;

namespace GameLibrary.EndToEnd.Tests;

/// <summary>
/// The live leaderboard page and the Banana Cake Pop IDE, in Debian's chromium (tests/browser/dashboard-session.mjs),
/// against the real platform: a board seeded through the gateway shows its top 10 with player names, a score submitted
/// through the gateway shows on the page within 1 s of its answer, the IDE streams leaderboardUpdated, and nothing the
/// browser asks for leaves the machine.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class LeaderboardPageInBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Password = "correct-horse-42";

    /// <summary>The issue's bound, from the submitScore answer to the page showing the change.</summary>
    private const int PageDeadlineMs = 1000;

    // The seeded board, best first: the top 10 and two below it.
    private static readonly (string Username, string DisplayName, int Score)[] Seeded =
    [
        ("ada", "Ada Lovelace", 2400), ("alan", "Alan Turing", 2300), ("barbara", "Barbara Liskov", 2200),
        ("claude", "Claude Shannon", 2100), ("donald", "Donald Knuth", 2000), ("edsger", "Edsger Dijkstra", 1900),
        ("frances", "Frances Allen", 1800), ("grace", "Grace Hopper", 1700), ("john", "John Backus", 1600),
        ("katherine", "Katherine Johnson", 1500), ("ken", "Ken Thompson", 1400), ("linus", "Linus Torvalds", 1300),
    ];

    private EmbeddedPlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await EmbeddedPlatform.StartAsync(TimeSpan.FromMilliseconds(50));

    public async Task DisposeAsync()
    {
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_page_shows_the_top_10_and_a_submitted_score_within_1_s_and_the_IDE_streams_leaderboardUpdated()
    {
        (string gameId, string title) = await PrepareGameAsync();
        await SeedBoardAsync(gameId);
        await _platform.RegisterAsync("margaret", "Margaret Hamilton", Password);
        JsonObject settings = new()
        {
            ["gateway"] = _platform.GatewayUrl.ToString(),
            ["game"] = new JsonObject { ["id"] = gameId, ["title"] = title },
            // A newcomer takes the lead: everyone moves down one, the board counts one more player.
            ["challenger"] = Player("margaret", "Margaret Hamilton", 5000, "browser-challenger-1"),
            // From 11th to the top while the IDE listens.
            ["climber"] = Player("ken", "Ken Thompson", 6543, "browser-climber-01"),
        };

        JsonNode report = await BrowserSession.RunAsync("dashboard-session.mjs", settings.ToJsonString());
        output.WriteLine($"submitScore answered in {report["submitMs"]} ms; the page showed the change {report["pageChangedMs"]} ms after the answer.");

        Assert.True(report["error"] is null, $"The browser session failed: {report["error"]}\n{report.ToJsonString()}");
        Assert.NotEqual(gameId, report["initialGame"]!.GetValue<string>());
        Assert.Contains($"gameId={gameId}", report["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("live", report["connection"]!.GetValue<string>());
        Assert.Equal([.. Seeded.Take(10).Select((player, i) => (i + 1, player.DisplayName, player.Score))], Rows(report["before"]!));
        Assert.Equal("12", report["players"]!.GetValue<string>());

        Assert.Equal("ACCEPTED", report["submitted"]!["data"]!["submitScore"]!["status"]!.GetValue<string>());
        int changedMs = report["pageChangedMs"]?.GetValue<int>() ?? int.MaxValue;
        Assert.True(changedMs <= PageDeadlineMs, $"The page showed the new score {changedMs} ms after the submitScore answer (at most {PageDeadlineMs}).");
        Assert.Equal(
            [(1, "Margaret Hamilton", 5000), .. Seeded.Take(9).Select((player, i) => (i + 2, player.DisplayName, player.Score))],
            Rows(report["after"]!));
        Assert.Equal(["new", .. Enumerable.Repeat("▼ 1", 9)], [.. report["after"]!.AsArray().Select(row => row!["move"]!.GetValue<string>())]);
        Assert.Equal("13", report["playersAfter"]!.GetValue<string>());
        // The page's first leaderboard query, held back until now, answers with the board before the challenger:
        // the newer board from the stream stays.
        Assert.Equal(report["after"]!.ToJsonString(), report["afterLateQuery"]!.ToJsonString());

        Assert.Equal("ACCEPTED", report["submittedWhileIdeListens"]!["data"]!["submitScore"]!["status"]!.GetValue<string>());
        Assert.Contains(report["ideAfter"]!.AsArray(), editor => editor!.GetValue<string>().Contains("Ken Thompson", StringComparison.Ordinal)
            && editor.GetValue<string>().Contains("6543", StringComparison.Ordinal));

        string[] requests = [.. report["requests"]!.AsArray().Select(request => $"{request!["method"]} {request["url"]}")];
        Uri graphql = new(_platform.GatewayUrl, "/graphql");
        Assert.Contains($"GET {new Uri(_platform.GatewayUrl, "/dashboard/")}", requests);
        Assert.Contains($"POST {graphql}", requests);
        Assert.Contains($"WEBSOCKET {new UriBuilder(graphql) { Scheme = "ws" }.Uri}", requests);
        string[] elsewhere = BrowserSession.Elsewhere(report);
        Assert.True(elsewhere.Length == 0, $"The page or the IDE made requests beyond this machine:\n{string.Join('\n', elsewhere)}");
    }

    /// <summary>Seeds the catalog and picks a game that is not the page's first choice, so the test has to pick it.</summary>
    private async Task<(string Id, string Title)> PrepareGameAsync()
    {
        await _platform.SeedCatalogAsync(3);
        JsonNode games = (await _platform.PostAsync("{ games(first: 20) { nodes { id title } } }", null))!["data"]!["games"]!["nodes"]!;
        JsonNode last = games.AsArray()[^1]!;
        return (last["id"]!.GetValue<string>(), last["title"]!.GetValue<string>());
    }

    /// <summary>Registers the seeded players through the gateway and submits their scores through it.</summary>
    private async Task SeedBoardAsync(string gameId)
    {
        for (int i = 0; i < Seeded.Length; i++)
        {
            (string username, string displayName, int score) = Seeded[i];
            string token = await _platform.RegisterAsync(username, displayName, Password);
            string key = $"browser-seed-{username}";
            if (i == 0)
            {
                // The catalog's game reaches the scoreboard through an event: the first score waits for it.
                await _platform.WaitUntilScoredAsync(token, gameId, score, key);
            }

            await _platform.SubmitScoreAsync(token, gameId, score, key);
        }
    }

    private static JsonObject Player(string username, string displayName, int score, string idempotencyKey) => new()
    {
        ["username"] = username,
        ["password"] = Password,
        ["displayName"] = displayName,
        ["score"] = score,
        ["idempotencyKey"] = idempotencyKey,
    };

    /// <summary>The board's rows as (rank, name, score); the page shows scores with group separators.</summary>
    private static (int Rank, string Name, int Score)[] Rows(JsonNode rows) => [.. rows.AsArray().Select(row => (
        int.Parse(row!["rank"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
        row["name"]!.GetValue<string>(),
        int.Parse(new string([.. row["score"]!.GetValue<string>().Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture)))];
}
