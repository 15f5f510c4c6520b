using System.Globalization;

using GameLibrary.Recommendations.Scoring;

namespace GameLibrary.Recommendations.Serving;

/// <summary>The short human strings that explain a recommendation.</summary>
internal static class Reasons
{
    public const double PopularThreshold = 0.3;

    public const double ActiveThreshold = 0.5;

    /// <summary>Below this content similarity a popular candidate is there for its popularity, and says so.</summary>
    public const double WeakContent = 0.15;

    /// <summary>What a game shares with <paramref name="title"/>: genres first, then the studio, then platforms.</summary>
    public static void AddContent(List<string> reasons, ContentMatch match, string title)
    {
        if (match.SharedGenres > 0)
        {
            reasons.Add(Invariant($"shares {match.SharedGenres} {Plural(match.SharedGenres, "genre", "genres")} with {title}"));
        }

        if (match.SameDeveloper)
        {
            reasons.Add($"same developer as {title}");
        }
        else if (match.SharedCompanies > 0)
        {
            reasons.Add($"same publisher as {title}");
        }

        if (match.SharedGenres == 0 && match.SharedPlatforms > 0)
        {
            reasons.Add(Invariant($"on {match.SharedPlatforms} of the same {Plural(match.SharedPlatforms, "platform", "platforms")} as {title}"));
        }
    }

    public static string Window(TrendWindow window) => window switch
    {
        TrendWindow.Day => "today",
        TrendWindow.Week => "this week",
        _ => "this month",
    };

    public static string Previous(TrendWindow window) => window switch
    {
        TrendWindow.Day => "the day before",
        TrendWindow.Week => "the week before",
        _ => "the month before",
    };

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int count, string one, string many) => count == 1 ? one : many;
}
