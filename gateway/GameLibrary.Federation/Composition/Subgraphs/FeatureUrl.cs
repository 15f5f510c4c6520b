using System.Globalization;
using System.Text.RegularExpressions;

namespace GameLibrary.Federation.Composition.Subgraphs;

/// <summary>The URL of a linked specification: <c>https://specs.apollo.dev/federation/v2.3</c> is feature <c>federation</c>, version 2.3.</summary>
internal sealed partial record FeatureUrl(string Url, string Identity, string Name, int Major, int Minor)
{
    public static FeatureUrl? Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || VersionPattern().Match(segments[^1]) is not { Success: true } version)
        {
            return null;
        }

        var identity = $"{uri.Scheme}://{uri.Authority}/{string.Join('/', segments[..^1])}";
        return new FeatureUrl(url, identity, segments[^2],
            int.Parse(version.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(version.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^v(\d+)\.(\d+)$")]
    private static partial Regex VersionPattern();
}
