using System.Globalization;

namespace GameLibrary.Scoreboard.Boards;

/// <summary>
/// One period of a window (the day 2026-12-07, the ISO week 2026-W49, …) or a competition, named by a short key that
/// is both the <see cref="BestScore.Period"/> value and part of the Redis key.
/// </summary>
/// <param name="Key">The key: <c>all</c>, <c>d:2026-12-07</c>, <c>w:2026-W49</c>, <c>m:2026-12</c>, <c>s:2026-Q4</c>, <c>c:{id}</c>.</param>
/// <param name="Window">The window; <see langword="null"/> for a competition.</param>
/// <param name="Start">The first instant of the period (inclusive); <see langword="null"/> for all time and competitions.</param>
/// <param name="End">The end of the period (exclusive); <see langword="null"/> for all time and competitions.</param>
public sealed record BoardPeriod(string Key, LeaderboardWindow? Window, DateTimeOffset? Start, DateTimeOffset? End)
{
    /// <summary>The all-time period.</summary>
    public static BoardPeriod AllTime { get; } = new("all", LeaderboardWindow.AllTime, null, null);

    /// <summary>The period of <paramref name="window"/> holding the instant <paramref name="at"/>.</summary>
    /// <param name="window">The window.</param>
    /// <param name="at">The instant (any offset; periods are UTC).</param>
    public static BoardPeriod Of(LeaderboardWindow window, DateTimeOffset at)
    {
        DateTime utc = at.UtcDateTime;
        switch (window)
        {
            case LeaderboardWindow.AllTime:
                return AllTime;
            case LeaderboardWindow.Daily:
            {
                DateTime start = utc.Date;
                return new(Format($"d:{start:yyyy-MM-dd}"), window, Utc(start), Utc(start.AddDays(1)));
            }

            case LeaderboardWindow.Weekly:
            {
                DateTime start = utc.Date.AddDays(-(((int)utc.DayOfWeek + 6) % 7));
                int year = ISOWeek.GetYear(utc);
                int week = ISOWeek.GetWeekOfYear(utc);
                return new(Format($"w:{year:0000}-W{week:00}"), window, Utc(start), Utc(start.AddDays(7)));
            }

            case LeaderboardWindow.Monthly:
            {
                DateTime start = new(utc.Year, utc.Month, 1, 0, 0, 0, DateTimeKind.Utc);
                return new(Format($"m:{start:yyyy-MM}"), window, Utc(start), Utc(start.AddMonths(1)));
            }

            case LeaderboardWindow.Season:
            {
                int quarter = ((utc.Month - 1) / 3) + 1;
                DateTime start = new(utc.Year, ((quarter - 1) * 3) + 1, 1, 0, 0, 0, DateTimeKind.Utc);
                return new(Format($"s:{utc.Year:0000}-Q{quarter}"), window, Utc(start), Utc(start.AddMonths(3)));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(window), window, "Unknown window.");
        }
    }

    /// <summary>Every window's period holding <paramref name="at"/>: where a score played then counts.</summary>
    /// <param name="at">When the score was played.</param>
    public static IReadOnlyList<BoardPeriod> AllOf(DateTimeOffset at) =>
        [.. Enum.GetValues<LeaderboardWindow>().Select(window => Of(window, at))];

    /// <summary>A competition's board.</summary>
    /// <param name="competitionId">The competition.</param>
    public static BoardPeriod Competition(Guid competitionId) => new($"c:{competitionId:N}", null, null, null);

    /// <summary>The season named like <c>2026-Q4</c>, or <see langword="null"/> when the name is not one.</summary>
    /// <param name="season">The season's name.</param>
    public static BoardPeriod? Season(string season)
    {
        ArgumentNullException.ThrowIfNull(season);
        if (season.Length == 7 && season[4] == '-' && season[5] == 'Q'
            && int.TryParse(season.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            && year is >= 2000 and <= 9999
            && season[6] is >= '1' and <= '4')
        {
            int quarter = season[6] - '0';
            return Of(LeaderboardWindow.Season, new DateTimeOffset(year, ((quarter - 1) * 3) + 1, 1, 0, 0, 0, TimeSpan.Zero));
        }

        return null;
    }

    /// <summary>Reads a key back; <see langword="null"/> when it is no period key.</summary>
    /// <param name="key">A <see cref="Key"/>.</param>
    public static BoardPeriod? Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key == AllTime.Key)
        {
            return AllTime;
        }

        if (key.StartsWith("c:", StringComparison.Ordinal) && Guid.TryParseExact(key[2..], "N", out Guid competition))
        {
            return Competition(competition);
        }

        if (key.StartsWith("s:", StringComparison.Ordinal))
        {
            return Season(key[2..]);
        }

        (LeaderboardWindow window, string format) = key[..Math.Min(2, key.Length)] switch
        {
            "d:" => (LeaderboardWindow.Daily, "yyyy-MM-dd"),
            "m:" => (LeaderboardWindow.Monthly, "yyyy-MM"),
            "w:" => (LeaderboardWindow.Weekly, ""),
            _ => (LeaderboardWindow.AllTime, "-"),
        };
        if (format == "-")
        {
            return null;
        }

        if (window == LeaderboardWindow.Weekly)
        {
            string[] parts = key[2..].Split("-W");
            return parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int week)
                && year is >= 2000 and <= 9999 && week is >= 1 and <= 53 && week <= ISOWeek.GetWeeksInYear(year)
                ? Of(window, Utc(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)))
                : null;
        }

        return DateTime.TryParseExact(key[2..], format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime parsed)
            ? Of(window, Utc(parsed))
            : null;
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static string Format(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
