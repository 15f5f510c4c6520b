using System.Text.RegularExpressions;

using GameLibrary.Catalog.Seeding;

namespace GameLibrary.Catalog.Tests;

public sealed partial class TitleGeneratorTests
{
    [Theory]
    [InlineData(100_000, 1)]
    [InlineData(1_000_000, 7)]
    public void Titles_and_slugs_are_all_different_without_numbered_suffixes(int count, int seed)
    {
        TitleGenerator titles = new(new Random(seed));

        (string Title, string Slug)[] drawn = [.. Enumerable.Range(0, count).Select(_ => titles.Next())];

        Assert.Equal(count, drawn.Select(game => game.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(count, drawn.Select(game => game.Slug).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(drawn, game => NumberedSuffix().IsMatch(game.Title));
        Assert.All(drawn.Take(1_000), game => Assert.Equal(TitleGenerator.Slugify(game.Title), game.Slug));
    }

    [Fact]
    public void A_small_catalog_has_mostly_short_titles()
    {
        TitleGenerator titles = new(new Random(1));

        string[] drawn = [.. Enumerable.Range(0, 500).Select(_ => titles.Next().Title)];

        Assert.True(drawn.Count(title => title.Split(' ').Length <= 3) > 250, "most of 500 titles should be short");
    }

    [Fact]
    public void The_same_seed_draws_the_same_titles()
    {
        TitleGenerator first = new(new Random(42));
        TitleGenerator second = new(new Random(42));

        Assert.Equal(
            Enumerable.Range(0, 2_000).Select(_ => first.Next()),
            Enumerable.Range(0, 2_000).Select(_ => second.Next()));
    }

    [Theory]
    [InlineData("Hollow Knight: Rebirth", "hollow-knight-rebirth")]
    [InlineData("  Neon  Tide 2 ", "neon-tide-2")]
    public void Slugs_are_lower_case_words_joined_by_dashes(string title, string slug)
    {
        Assert.Equal(slug, TitleGenerator.Slugify(title));
    }

    [GeneratedRegex(@"\(\d+\)$")]
    private static partial Regex NumberedSuffix();
}
