using GameLibrary.Catalog.Search;

namespace GameLibrary.Catalog.Tests;

public sealed class TrigramSimilarityTests
{
    [Theory]
    [InlineData("witcher", "The Witcher 3: Wild Hunt", 1.0)]
    [InlineData("WITCHER 3", "The Witcher 3: Wild Hunt", 1.0)]
    public void An_exact_word_run_scores_one(string query, string title, double expected)
    {
        Assert.Equal(expected, TrigramSimilarity.WordSimilarity(query, title), precision: 6);
    }

    [Fact]
    public void A_typo_scores_above_the_search_threshold_and_below_an_exact_match()
    {
        double typo = TrigramSimilarity.WordSimilarity("wticher", "The Witcher 3: Wild Hunt");
        Assert.InRange(typo, GameSearch.Threshold, 0.99);
    }

    [Fact]
    public void Unrelated_text_scores_below_the_threshold()
    {
        Assert.True(TrigramSimilarity.WordSimilarity("qqqqxxxx", "The Witcher 3: Wild Hunt") < GameSearch.Threshold);
        Assert.Equal(0, TrigramSimilarity.WordSimilarity("!!!", "Portal 2"));
    }
}
