using GameLibrary.Scoreboard.Boards;

namespace GameLibrary.Scoreboard.Tests;

/// <summary>Window edges in UTC: the last millisecond of a period and the first of the next are on different boards.</summary>
public sealed class BoardPeriodTests
{
    [Theory]
    [InlineData(LeaderboardWindow.Daily, "2026-12-07T23:59:59.9990000Z", "d:2026-12-07", "2026-12-08T00:00:00.0000000Z", "d:2026-12-08")]
    [InlineData(LeaderboardWindow.Weekly, "2026-12-13T23:59:59.9990000Z", "w:2026-W50", "2026-12-14T00:00:00.0000000Z", "w:2026-W51")]
    [InlineData(LeaderboardWindow.Weekly, "2027-01-03T23:59:59.9990000Z", "w:2026-W53", "2027-01-04T00:00:00.0000000Z", "w:2027-W01")]
    [InlineData(LeaderboardWindow.Monthly, "2026-11-30T23:59:59.9990000Z", "m:2026-11", "2026-12-01T00:00:00.0000000Z", "m:2026-12")]
    [InlineData(LeaderboardWindow.Season, "2026-12-31T23:59:59.9990000Z", "s:2026-Q4", "2027-01-01T00:00:00.0000000Z", "s:2027-Q1")]
    public void The_edge_separates_two_periods(LeaderboardWindow window, string before, string beforeKey, string after, string afterKey)
    {
        BoardPeriod first = BoardPeriod.Of(window, DateTimeOffset.Parse(before, System.Globalization.CultureInfo.InvariantCulture));
        BoardPeriod second = BoardPeriod.Of(window, DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(beforeKey, first.Key);
        Assert.Equal(afterKey, second.Key);
        Assert.Equal(first.End, second.Start);
        Assert.Equal(first, BoardPeriod.Parse(first.Key));
        Assert.Equal(second, BoardPeriod.Parse(second.Key));
    }

    [Fact]
    public void A_non_UTC_instant_falls_in_its_UTC_period()
    {
        // 00:30 in UTC+2 is 22:30 the day before in UTC.
        Assert.Equal("d:2026-12-06", BoardPeriod.Of(LeaderboardWindow.Daily, new DateTimeOffset(2026, 12, 7, 0, 30, 0, TimeSpan.FromHours(2))).Key);
    }

    [Theory]
    [InlineData("2026-Q4", "s:2026-Q4")]
    [InlineData("2026-Q5", null)]
    [InlineData("26-Q1", null)]
    [InlineData("2026Q1x", null)]
    public void Seasons_are_named_by_quarter(string name, string? key) => Assert.Equal(key, BoardPeriod.Season(name)?.Key);

    [Theory]
    [InlineData("x:1")]
    [InlineData("d:2026-13-01")]
    [InlineData("w:2026-W54")]
    [InlineData("c:not-a-guid")]
    public void Unknown_keys_do_not_parse(string key) => Assert.Null(BoardPeriod.Parse(key));
}
