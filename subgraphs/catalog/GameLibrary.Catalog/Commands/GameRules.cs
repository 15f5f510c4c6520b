using System.Text.RegularExpressions;

using GameLibrary.Catalog.Errors;

namespace GameLibrary.Catalog.Commands;

/// <summary>The rules a game's values must follow; each check adds a field error naming the input field.</summary>
internal static partial class GameRules
{
    /// <summary>The most genres, platforms, developers or publishers one game may have.</summary>
    public const int MaxLinks = 50;

    public static readonly DateOnly EarliestReleaseDate = new(1950, 1, 1);

    public static string CheckTitle(string title, List<CatalogFieldError> errors)
    {
        string trimmed = title.Trim();
        if (trimmed.Length is 0 or > CatalogDbContext.TitleMaxLength)
        {
            errors.Add(new("title", $"The title must have 1 to {CatalogDbContext.TitleMaxLength} characters."));
        }

        return trimmed;
    }

    public static void CheckSlug(string slug, List<CatalogFieldError> errors)
    {
        if (slug.Length is 0 or > CatalogDbContext.SlugMaxLength || !SlugPattern().IsMatch(slug))
        {
            errors.Add(new(
                "slug",
                $"The slug must be 1 to {CatalogDbContext.SlugMaxLength} lower-case letters and digits in groups joined by single hyphens, like 'the-witcher-3'."));
        }
    }

    public static string? CheckSummary(string? summary, List<CatalogFieldError> errors)
    {
        string? trimmed = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        if (trimmed is { Length: > CatalogDbContext.SummaryMaxLength })
        {
            errors.Add(new("summary", $"The summary must have at most {CatalogDbContext.SummaryMaxLength} characters."));
        }

        return trimmed;
    }

    public static void CheckReleaseDate(DateOnly releaseDate, List<CatalogFieldError> errors)
    {
        if (releaseDate < EarliestReleaseDate)
        {
            errors.Add(new("releaseDate", $"The release date must be on or after {EarliestReleaseDate:yyyy-MM-dd}."));
        }
    }

    public static string? CheckCoverUrl(string? coverUrl, List<CatalogFieldError> errors)
    {
        string? trimmed = string.IsNullOrWhiteSpace(coverUrl) ? null : coverUrl.Trim();
        if (trimmed is not null
            && (trimmed.Length > CatalogDbContext.CoverUrlMaxLength
                || !Uri.TryCreate(trimmed, UriKind.Absolute, out Uri? uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add(new("coverUrl", $"The cover URL must be an absolute http or https URL of at most {CatalogDbContext.CoverUrlMaxLength} characters."));
        }

        return trimmed;
    }

    public static void CheckIdCount(IReadOnlyList<long>? ids, string field, List<CatalogFieldError> errors)
    {
        if (ids is { Count: > MaxLinks })
        {
            errors.Add(new(field, $"At most {MaxLinks} ids are allowed."));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
