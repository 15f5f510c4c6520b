using GameLibrary.Recommendations.Scoring;
using GameLibrary.Recommendations.Serving;
using GameLibrary.Recommendations.Tests.Support;

namespace GameLibrary.Recommendations.Tests;

public sealed class TrendingTests
{
    public static TheoryData<Backend> Backends => [Backend.PostgresAndRedis, Backend.SqliteAndGarnet];

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Games_rising_against_the_previous_window_trend_and_falling_ones_do_not(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);
        Guid player = await Fixture.RegisterAsync(domain);
        DateTimeOffset now = domain.Clock.GetUtcNow();

        // Last week: FIFA busy (10 plays). This week: FIFA 2 plays, Hades 6, Celeste 1.
        for (int i = 0; i < 10; i++)
        {
            await Fixture.PlayAsync(domain, player, Fixture.Fifa, now.AddDays(-10));
        }

        for (int i = 0; i < 2; i++)
        {
            await Fixture.PlayAsync(domain, player, Fixture.Fifa, now.AddDays(-2));
        }

        for (int i = 0; i < 6; i++)
        {
            await Fixture.PlayAsync(domain, player, Fixture.Hades, now.AddDays(-1));
        }

        await Fixture.PlayAsync(domain, player, Fixture.Celeste, now.AddHours(-3));
        await domain.ProcessAsync();

        List<Recommendation> week = await domain.Service.TrendingAsync(TrendWindow.Week, 10, CancellationToken.None);
        Assert.Equal([Fixture.Hades, Fixture.Celeste], week.Select(t => t.GameId));
        Assert.Equal(TrendScore.Compute(6, 0), week[0].Score, 12);
        Assert.Equal(["6 ratings, library adds and plays this week, up from 0 the week before"], week[0].Reasons);

        // The day window sees only Celeste's play; the month window sees FIFA's twelve plays as new.
        Assert.Equal([Fixture.Celeste], (await domain.Service.TrendingAsync(TrendWindow.Day, 10, CancellationToken.None)).Select(t => t.GameId));
        List<Recommendation> month = await domain.Service.TrendingAsync(TrendWindow.Month, 10, CancellationToken.None);
        Assert.Equal([Fixture.Fifa, Fixture.Hades, Fixture.Celeste], month.Select(t => t.GameId));
        Assert.Single(await domain.Service.TrendingAsync(TrendWindow.Month, 1, CancellationToken.None));
    }
}
