using Microsoft.Net.Http.Headers;

namespace GameLibrary.Gateway.Ide;

/// <summary>How long browsers may keep the IDE's responses.</summary>
internal static class IdeCachePolicy
{
    /// <summary>The hashed bundles never change under their name: a year, without revalidation.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>The page, its icons, manifest, service worker and configuration keep their names across versions: revalidated on every use.</summary>
    public const string Revalidate = "no-cache";

    /// <summary>The policy of a file of the package, by its path relative to the package root (<c>/static/js/main.0349187e.js</c>).</summary>
    public static string For(PathString relativePath) =>
        relativePath.StartsWithSegments("/" + IdeFiles.HashedDirectory, StringComparison.Ordinal) ? Immutable : Revalidate;

    public static void Apply(HttpResponse response, PathString relativePath) =>
        response.Headers[HeaderNames.CacheControl] = For(relativePath);
}
