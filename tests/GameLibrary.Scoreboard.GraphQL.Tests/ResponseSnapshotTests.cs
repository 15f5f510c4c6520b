using System.Runtime.CompilerServices;

using GameLibrary.Scoreboard.GraphQL.Tests.Support;

using GameLibrary.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace GameLibrary.Scoreboard.GraphQL.Tests;

/// <summary>Representative responses, snapshotted: a board with a tie and a refused submission's error shape.</summary>
public sealed class ResponseSnapshotTests
{
    private static readonly Guid[] Players =
    [
        Guid.Parse("0193a5a0-0000-7000-8000-00000000000a"),
        Guid.Parse("0193a5a0-0000-7000-8000-00000000000b"),
        Guid.Parse("0193a5a0-0000-7000-8000-00000000000c"),
    ];

    [Fact]
    public async Task A_board_with_a_tie()
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync(postgres: false);
        await api.AnnounceGameAsync(11);
        string playedAt = DateTimeOffset.UtcNow.AddMinutes(-10).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        string later = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        await api.SubmitAsync(api.Token(Players[0]), 11, 300, playedAt: later);
        await api.SubmitAsync(api.Token(Players[1]), 11, 300, playedAt: playedAt);
        await api.SubmitAsync(api.Token(Players[2]), 11, 900);

        GraphQLResponse response = await api.PostAsync(
            """{ leaderboard(gameId: "11", first: 2) { gameId window region totalPlayers entries { rank score user { id } game { id } } pageInfo { hasNextPage hasPreviousPage } } }""");

        Match(response.Pretty);
    }

    [Fact]
    public async Task A_refused_submission()
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync(postgres: false);

        GraphQLResponse response = await api.PostAsync(
            """mutation { submitScore(input: {gameId: "11", score: -1, idempotencyKey: "snapshot-key-1"}) { status } }""",
            token: api.Token(Players[0]));

        // The stack trace in extensions.details is a Development-only aid and names this machine's paths.
        System.Text.Json.Nodes.JsonArray errors = response.Errors;
        foreach (System.Text.Json.Nodes.JsonNode? error in errors)
        {
            error!["extensions"]!.AsObject().Remove("details");
        }

        Match(errors.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    private static void Match(string json, [CallerMemberName] string name = "", [CallerFilePath] string sourceFile = "") =>
        Snapshot.Match(json, new SnapshotFullName($"{nameof(ResponseSnapshotTests)}.{name}", Path.GetDirectoryName(sourceFile)!));
}
