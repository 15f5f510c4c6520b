using GameLibrary.Recommendations.Model;
using GameLibrary.Recommendations.Scoring;

namespace GameLibrary.Recommendations.Tests;

public sealed class FormulaTests
{
    [Theory]
    [InlineData(1.0, 1.0, 1.0)]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(0.5, 0.25, 0.4)]
    [InlineData(1.0, 0.0, 0.6)]
    [InlineData(0.0, 1.0, 0.4)]
    public void The_hybrid_score_is_six_tenths_content_plus_four_tenths_popularity(double content, double popularity, double expected) =>
        Assert.Equal(expected, HybridScore.Combine(content, popularity), 12);

    [Theory]
    [InlineData(-0.1, 0.5)]
    [InlineData(1.1, 0.5)]
    [InlineData(0.5, -0.1)]
    [InlineData(0.5, 1.1)]
    public void The_hybrid_score_refuses_signals_outside_zero_to_one(double content, double popularity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HybridScore.Combine(content, popularity));

    [Fact]
    public void Identical_features_are_fully_similar_and_disjoint_ones_not_at_all()
    {
        GameFeatures hades = GameFeatures.From([1, 2], [1, 2], [10], [10], 2020);
        GameFeatures fifa = GameFeatures.From([6], [3], [13], [13], 2002);

        Assert.Equal(1, ContentSimilarity.Compare(hades, hades).Score, 12);
        Assert.Equal(0, ContentSimilarity.Compare(hades, fifa).Score, 12);
    }

    [Fact]
    public void Similarity_is_the_weighted_sum_of_per_kind_cosines()
    {
        // Genres {1,2} vs {1,2,3}: 2/√6. Platforms {1,2} vs {1,2,3}: 2/√6. Companies {10} vs {11}: 0. Decades 2020 vs 2010: 0.
        GameFeatures hades = GameFeatures.From([1, 2], [1, 2], [10], [10], 2020);
        GameFeatures deadCells = GameFeatures.From([1, 2, 3], [1, 2, 3], [11], [11], 2018);

        ContentMatch match = ContentSimilarity.Compare(hades, deadCells);

        double expected = (ContentSimilarity.GenreWeight * 2 / Math.Sqrt(6)) + (ContentSimilarity.PlatformWeight * 2 / Math.Sqrt(6));
        Assert.Equal(expected, match.Score, 12);
        Assert.Equal((2, 2, 0, false, false), (match.SharedGenres, match.SharedPlatforms, match.SharedCompanies, match.SameDeveloper, match.SameDecade));
        Assert.Equal(match.Score, ContentSimilarity.Compare(deadCells, hades).Score, 12);
    }

    [Fact]
    public void A_kind_a_game_lacks_neither_helps_nor_counts()
    {
        // Only genres on one side: the cosine is normalized by the weights each side has.
        GameFeatures genresOnly = GameFeatures.From([1], [], [], [], null);
        GameFeatures full = GameFeatures.From([1], [1], [10], [10], 2020);

        double expected = ContentSimilarity.GenreWeight / Math.Sqrt(ContentSimilarity.GenreWeight * 1.0);
        Assert.Equal(expected, ContentSimilarity.Compare(genresOnly, full).Score, 12);
        Assert.Equal(1.0, ContentSimilarity.GenreWeight + ContentSimilarity.CompanyWeight + ContentSimilarity.PlatformWeight + ContentSimilarity.DecadeWeight, 12);
    }

    [Fact]
    public void Popularity_is_zero_without_activity_and_stays_within_zero_and_one()
    {
        Assert.Equal(0, Popularity.Compute(new PopularitySignals(0, 0, 0, 0, 0)), 12);
        double busiest = Popularity.Compute(new PopularitySignals(1_000_000, 10_000_000, 1e9, 1e9, 1e9));
        Assert.InRange(busiest, 0.99, 1.0);
    }

    [Fact]
    public void The_Bayesian_mean_keeps_two_perfect_ratings_below_many_excellent_ones()
    {
        double two10s = Popularity.BayesianMean(2, 20);
        double many9s = Popularity.BayesianMean(200, 1800);

        Assert.True(many9s > two10s, $"{many9s} should exceed {two10s}");
        Assert.Equal(((Popularity.PriorWeight * Popularity.PriorMean) + 20) / (Popularity.PriorWeight + 2), two10s, 12);
    }

    [Fact]
    public void More_and_better_activity_means_more_popularity()
    {
        double few = Popularity.Compute(new PopularitySignals(2, 12, 2, 1, 3));
        double moreRatings = Popularity.Compute(new PopularitySignals(10, 60, 10, 1, 3));
        double betterRatings = Popularity.Compute(new PopularitySignals(2, 20, 2, 1, 3));
        double morePlays = Popularity.Compute(new PopularitySignals(2, 12, 2, 1, 30));

        Assert.True(moreRatings > few);
        Assert.True(betterRatings > few);
        Assert.True(morePlays > few);
    }

    [Fact]
    public void An_event_weighs_half_after_one_half_life()
    {
        Assert.Equal(1, Popularity.Decay(TimeSpan.Zero), 12);
        Assert.Equal(0.5, Popularity.Decay(Popularity.HalfLife), 12);
        Assert.Equal(0.25, Popularity.Decay(Popularity.HalfLife * 2), 12);
    }

    [Theory]
    [InlineData(0, 0, 0.0)]
    [InlineData(5, 5, 0.0)]
    [InlineData(3, 10, 0.0)]
    [InlineData(10, 0, 10.0 / 15)]
    [InlineData(30, 10, 20.0 / 45)]
    public void The_trend_score_is_the_smoothed_rise(long current, long previous, double expected) =>
        Assert.Equal(expected, TrendScore.Compute(current, previous), 12);

    [Fact]
    public void A_bigger_jump_from_nothing_trends_more()
    {
        Assert.True(TrendScore.Compute(30, 0) > TrendScore.Compute(3, 0));
        Assert.True(TrendScore.Compute(20, 2) > TrendScore.Compute(200, 190));
    }

    [Fact]
    public void Picks_blend_collaborative_and_content_and_lift_active_games_by_up_to_fifteen_percent()
    {
        Assert.Equal(0.6 * 0.85, PicksScore.Combine(1, 0, 0), 12);
        Assert.Equal((0.6 + 0.4) * 1.0, PicksScore.Combine(1, 1, 1), 12);
        Assert.Equal(((0.6 * 0.5) + (0.4 * 0.25)) * (0.85 + (0.15 * 0.5)), PicksScore.Combine(0.5, 0.25, 0.5), 12);
    }
}
