using System.Globalization;

using GameLibrary.Scoreboard.GraphQL.Tests.Support;
using GameLibrary.Testing;

namespace GameLibrary.Scoreboard.GraphQL.Tests;

/// <summary>submitScore over HTTP: errors carry extensions.code and extensions.field (or retryAfter); the server keeps serving.</summary>
public sealed class SubmitScoreApiTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_valid_score_is_accepted_ranked_and_a_retry_gets_the_same_answer(bool postgres)
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync(postgres);
        await api.AnnounceGameAsync(7);
        string token = api.Token(Guid.NewGuid());

        GraphQLResponse first = await api.SubmitAsync(token, 7, 420, key: "api-key-0001");
        GraphQLResponse retry = await api.SubmitAsync(token, 7, 420, key: "api-key-0001");

        Assert.Equal("ACCEPTED", first.Ok["submitScore"]!["status"]!.GetValue<string>());
        Assert.Equal(1, first.Ok["submitScore"]!["rank"]!.GetValue<int>());
        Assert.False(first.Ok["submitScore"]!["duplicate"]!.GetValue<bool>());
        Assert.True(retry.Ok["submitScore"]!["duplicate"]!.GetValue<bool>());
        Assert.Equal(first.Ok["submitScore"]!["score"]!.ToJsonString(), retry.Ok["submitScore"]!["score"]!.ToJsonString());
        Assert.Equal("7", first.Ok["submitScore"]!["score"]!["game"]!["id"]!.GetValue<string>());
    }

    public static TheoryData<bool, string, string> InvalidInputs()
    {
        TheoryData<bool, string, string> data = [];
        foreach (bool postgres in new[] { true, false })
        {
            data.Add(postgres, """{"gameId":"7","score":-5,"idempotencyKey":"valid-key-1"}""", "score");
            data.Add(postgres, """{"gameId":"7","score":5,"idempotencyKey":"short"}""", "idempotencyKey");
            data.Add(postgres, """{"gameId":"8","score":5,"idempotencyKey":"valid-key-1"}""", "gameId");
            data.Add(postgres, """{"gameId":"abc","score":5,"idempotencyKey":"valid-key-1"}""", "gameId");
            data.Add(postgres, """{"gameId":"7","score":5,"idempotencyKey":"valid-key-1","playedAt":"2000-01-01T00:00:00Z"}""", "playedAt");
            data.Add(postgres, """{"gameId":"7","score":5,"idempotencyKey":"valid-key-1","playedAt":"2999-01-01T00:00:00Z"}""", "playedAt");
            data.Add(postgres, """{"gameId":"7","score":5,"idempotencyKey":"valid-key-1","competitionId":"nope"}""", "competitionId");
            data.Add(postgres, """{"gameId":"7","score":5,"idempotencyKey":"valid-key-1","competitionId":"0193a5a0-0000-7000-8000-000000000000"}""", "competitionId");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Each_invalid_input_is_BAD_USER_INPUT_naming_the_field(bool postgres, string input, string field)
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync(postgres);
        await api.AnnounceGameAsync(7);
        string token = api.Token(Guid.NewGuid());

        GraphQLResponse response = await api.PostAsync(
            "mutation($input: SubmitScoreInput!) { submitScore(input: $input) { status } }",
            new { input = System.Text.Json.JsonDocument.Parse(input).RootElement },
            token);

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Equal([field], response.ErrorFields);
        Assert.Equal(0, await api.QueryDbAsync(db => System.Threading.Tasks.Task.FromResult(db.Scores.Count())));

        // The server keeps serving.
        Assert.Equal("ACCEPTED", (await api.SubmitAsync(token, 7, 5)).Ok["submitScore"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Anonymous_callers_are_UNAUTHENTICATED()
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync(postgres: false);

        GraphQLResponse response = await api.PostAsync(
            """mutation { submitScore(input: {gameId: "1", score: 1, idempotencyKey: "anonymous-1"}) { status } }""");

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_reused_key_is_CONFLICT_and_too_many_submissions_are_RATE_LIMITED_with_retryAfter(bool postgres)
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync(postgres, new Dictionary<string, string?>
        {
            ["Scoreboard:RateLimit:PermitLimit"] = "2",
            ["Scoreboard:RateLimit:Window"] = "00:01:00",
        });
        await api.AnnounceGameAsync(7);
        string token = api.Token(Guid.NewGuid());
        await api.SubmitAsync(token, 7, 10, key: "conflict-key");

        GraphQLResponse conflict = await api.SubmitAsync(token, 7, 11, key: "conflict-key");
        await api.SubmitAsync(token, 7, 12);
        GraphQLResponse limited = await api.SubmitAsync(token, 7, 13);

        Assert.Equal(["CONFLICT"], conflict.ErrorCodes);
        Assert.Equal(["idempotencyKey"], conflict.ErrorFields);
        Assert.Equal(["RATE_LIMITED"], limited.ErrorCodes);
        int retryAfter = limited.Errors[0]!["extensions"]!["retryAfter"]!.GetValue<int>();
        Assert.InRange(retryAfter, 55, 60);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_score_played_now_is_accepted_with_its_playedAt(bool postgres)
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync(postgres);
        await api.AnnounceGameAsync(7);
        string playedAt = DateTimeOffset.UtcNow.AddMinutes(-3).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

        GraphQLResponse response = await api.SubmitAsync(api.Token(Guid.NewGuid()), 7, 99, playedAt: playedAt);

        Assert.Equal(
            DateTimeOffset.Parse(playedAt, CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(response.Ok["submitScore"]!["score"]!["playedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture));
    }
}
