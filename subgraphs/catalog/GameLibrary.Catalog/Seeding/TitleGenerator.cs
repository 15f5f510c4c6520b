using System.Globalization;
using System.Text;

namespace GameLibrary.Catalog.Seeding;

/// <summary>
/// Draws game titles that are all different, and so are their slugs, without numbered suffixes such as "Lost Forest (2)",
/// which read like bugs. Short titles ("Hollow Knight") come first; as they run out, a title that is taken is drawn again
/// from the longer forms ("Legend of the Frozen Harbor: Into the Deep"), whose 1.6 million combinations cover the
/// seed command's largest catalog (1,000,000 games).
/// </summary>
/// <param name="random">The seeded source: the same seed draws the same titles.</param>
internal sealed class TitleGenerator(Random random)
{
    // Past this many draws of one title only the longest form is drawn, where most combinations are still free.
    private const int ShortFormAttempts = 4;

    // Far beyond what the longest form needs while at least a third of it is free; reached only when it is not.
    private const int MaxAttempts = 10_000;

    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    /// <summary>The next title and its slug, both unused so far.</summary>
    /// <exception cref="InvalidOperationException">Almost every combination is taken (far more titles than the seed command allows).</exception>
    public (string Title, string Slug) Next()
    {
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            string title = Draw(attempt < ShortFormAttempts ? random.Next(100) : 99);
            string slug = Slugify(title);
            if (_slugs.Add(slug))
            {
                return (title, slug);
            }
        }

        throw new InvalidOperationException(string.Create(
            CultureInfo.InvariantCulture, $"No unused game title is left after {_slugs.Count} titles."));
    }

    /// <summary>The URL-safe form of a title: lower-case letters and digits, words joined by dashes.</summary>
    public static string Slugify(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        StringBuilder slug = new(title.Length);
        foreach (char c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }

    /// <summary>A title of the form <paramref name="form"/> picks (0–99: the share of each form when all are free).</summary>
    private string Draw(int form)
    {
        string adjective = Pick(SeedNames.Adjectives);
        string noun = Pick(SeedNames.Nouns);
        return form switch
        {
            < 35 => $"{adjective} {noun}",
            < 50 => $"{adjective} {noun} {random.Next(2, 6).ToString(CultureInfo.InvariantCulture)}",
            < 70 => $"{adjective} {noun}: {Pick(SeedNames.Subtitles)}",
            < 85 => $"{noun} of the {adjective} {OtherNoun(noun)}",
            _ => $"{noun} of the {adjective} {OtherNoun(noun)}: {Pick(SeedNames.Subtitles)}",
        };
    }

    private string OtherNoun(string noun)
    {
        string other = Pick(SeedNames.Nouns);
        return other == noun ? SeedNames.Nouns[(Array.IndexOf(SeedNames.Nouns, noun) + 1) % SeedNames.Nouns.Length] : other;
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
