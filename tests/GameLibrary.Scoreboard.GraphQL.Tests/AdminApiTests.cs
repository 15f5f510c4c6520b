using GameLibrary.Scoreboard.GraphQL.Tests.Support;
using GameLibrary.Testing;

namespace GameLibrary.Scoreboard.GraphQL.Tests;

/// <summary>The admins' fields: flagged scores and their review, the audit log, competitions.</summary>
public sealed class AdminApiTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_admin_reviews_a_flagged_score_onto_the_board_and_reads_the_audit(bool postgres)
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync(postgres, new Dictionary<string, string?>
        {
            ["Scoreboard:AntiCheat:MaxScoreByGame:9"] = "1000",
        });
        await api.AnnounceGameAsync(9);
        Guid player = Guid.NewGuid();
        string admin = api.Token(Guid.NewGuid(), "admin");
        GraphQLResponse submitted = await api.SubmitAsync(api.Token(player), 9, 5000);
        string scoreId = submitted.Ok["submitScore"]!["score"]!["id"]!.GetValue<string>();
        Assert.Equal("FLAGGED", submitted.Ok["submitScore"]!["status"]!.GetValue<string>());

        Assert.Equal(["FORBIDDEN"], (await api.PostAsync("{ flaggedScores { edges { node { id } } } }", token: api.Token(player))).ErrorCodes);
        GraphQLResponse flagged = await api.PostAsync("{ flaggedScores { edges { node { id flagReason } } pageInfo { hasNextPage } } }", token: admin);
        Assert.Equal(scoreId, flagged.Ok["flaggedScores"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>());
        Assert.Empty((await api.PostAsync("""{ leaderboard(gameId: "9") { entries { score } } }""")).Ok["leaderboard"]!["entries"]!.AsArray());

        GraphQLResponse reviewed = await api.PostAsync("mutation($id: ID!) { reviewScore(id: $id, accept: true) { status } }", new { id = scoreId }, admin);

        Assert.Equal("ACCEPTED", reviewed.Ok["reviewScore"]!["status"]!.GetValue<string>());
        Assert.Equal(5000, (await api.PostAsync("""{ leaderboard(gameId: "9") { entries { score } } }""")).Ok["leaderboard"]!["entries"]![0]!["score"]!.GetValue<int>());
        GraphQLResponse audit = await api.PostAsync(
            "query($u: ID) { scoreAudit(userId: $u, gameId: \"9\") { edges { node { outcome clientAddress userAgent reason } } } }", new { u = player.ToString() }, admin);
        Assert.Equal(["REVIEW_ACCEPTED", "FLAGGED"], audit.Ok["scoreAudit"]!["edges"]!.AsArray().Select(e => e!["node"]!["outcome"]!.GetValue<string>()));
        Assert.Equal(["NOT_FOUND"], (await api.PostAsync("mutation { reviewScore(id: \"0193a5a0-0000-7000-8000-000000000000\", accept: false) { status } }", token: admin)).ErrorCodes);
    }

    [Fact]
    public async Task An_admin_creates_a_competition_that_players_submit_to()
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync();
        await api.AnnounceGameAsync(9);
        string admin = api.Token(Guid.NewGuid(), "admin");
        DateTimeOffset now = DateTimeOffset.UtcNow;

        GraphQLResponse created = await api.PostAsync(
            "mutation($input: CreateCompetitionInput!) { createCompetition(input: $input) { id state name } }",
            new { input = new { gameId = "9", name = "Winter Cup", startsAt = now.AddHours(-1), endsAt = now.AddHours(1) } },
            admin);
        string id = created.Ok["createCompetition"]!["id"]!.GetValue<string>();
        await api.SubmitAsync(api.Token(Guid.NewGuid()), 9, 77, competitionId: id);

        GraphQLResponse competition = await api.PostAsync(
            "query($id: ID!) { competition(id: $id) { state leaderboard { entries { score } } } competitions(gameId: \"9\", state: OPEN) { id } }", new { id });
        Assert.Equal("OPEN", competition.Ok["competition"]!["state"]!.GetValue<string>());
        Assert.Equal(77, competition.Ok["competition"]!["leaderboard"]!["entries"]![0]!["score"]!.GetValue<int>());
        Assert.Equal(id, competition.Ok["competitions"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(["FORBIDDEN"], (await api.PostAsync(
            "mutation($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }",
            new { input = new { gameId = "9", name = "x", startsAt = now, endsAt = now.AddHours(1) } },
            api.Token(Guid.NewGuid()))).ErrorCodes);
        Assert.Equal(["endsAt"], (await api.PostAsync(
            "mutation($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }",
            new { input = new { gameId = "9", name = "x", startsAt = now, endsAt = now.AddHours(-1) } },
            admin)).ErrorFields);
    }
}
