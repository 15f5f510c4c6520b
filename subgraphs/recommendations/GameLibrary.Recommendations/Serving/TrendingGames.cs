using GameLibrary.Recommendations.Model;
using GameLibrary.Recommendations.Scoring;

namespace GameLibrary.Recommendations.Serving;

/// <summary>
/// Games rising in activity (ratings, library additions, plays): counts over the window ending in the current hour
/// against the window before it, scored by <see cref="TrendScore"/>.
/// </summary>
internal static class TrendingGames
{
    public static int Hours(TrendWindow window) => window switch
    {
        TrendWindow.Day => 24,
        TrendWindow.Week => 24 * 7,
        _ => 24 * 30,
    };

    public static List<Recommendation> Compute(RecommendationState state, TrendWindow window, DateTimeOffset now, int first)
    {
        int hours = Hours(window);
        long currentHour = RecommendationState.HourOf(now);
        Dictionary<long, (long Current, long Previous)> counts = [];
        for (long hour = currentHour - (2L * hours) + 1; hour <= currentHour; hour++)
        {
            if (!state.HourlyActivity.TryGetValue(hour, out Dictionary<long, int>? games))
            {
                continue;
            }

            bool current = hour > currentHour - hours;
            foreach ((long gameId, int count) in games)
            {
                (long c, long p) = counts.GetValueOrDefault(gameId);
                counts[gameId] = current ? (c + count, p) : (c, p + count);
            }
        }

        return [.. counts
            .Where(entry => entry.Value.Current > entry.Value.Previous && state.CatalogGame(entry.Key) is not null)
            .Select(entry => new Recommendation(
                entry.Key,
                TrendScore.Compute(entry.Value.Current, entry.Value.Previous),
                [Reasons.Invariant($"{entry.Value.Current} ratings, library adds and plays {Reasons.Window(window)}, up from {entry.Value.Previous} {Reasons.Previous(window)}")]))
            .OrderByDescending(trend => trend.Score)
            .ThenByDescending(trend => counts[trend.GameId].Current)
            .ThenBy(trend => trend.GameId)
            .Take(first)];
    }
}
