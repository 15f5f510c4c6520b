using GameLibrary.Federation.Composition;

namespace GameLibrary.Gateway.Composition;

/// <summary>Where a subgraph to compose is: its name, its routing URL, and optionally a file holding its SDL.</summary>
/// <param name="Name">The subgraph name (its <c>join__Graph</c> value in the supergraph).</param>
/// <param name="Url">The routing URL written into the supergraph, and where the SDL is fetched from without <paramref name="SchemaFile"/>.</param>
/// <param name="SchemaFile">The full path of a file holding the subgraph's SDL; null to ask the subgraph for <c>_service { sdl }</c>.</param>
internal sealed record SubgraphSource(string Name, Uri Url, string? SchemaFile)
{
    /// <summary>The URL as an absolute http or https URI, or null.</summary>
    public static Uri? ParseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out Uri? url) && url.Scheme is "http" or "https" ? url : null;

    /// <summary>
    /// Parses <c>&lt;name&gt;=&lt;url&gt;[@&lt;sdl-file&gt;]</c> (the SDL file is what follows the last <c>@</c>, relative
    /// paths from the current directory); false with the problem when it is malformed.
    /// </summary>
    public static bool TryParse(string text, out SubgraphSource? source, out string? problem)
    {
        source = null;
        problem = null;
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            problem = $"'{text}' is not <name>=<url>[@<sdl-file>].";
            return false;
        }

        string name = text[..equals];
        string location = text[(equals + 1)..];
        int at = location.LastIndexOf('@');
        string urlText = at < 0 ? location : location[..at];
        string? file = at < 0 ? null : location[(at + 1)..];
        if (ParseUrl(urlText) is not { } url)
        {
            problem = $"the URL of subgraph '{name}' must be an absolute http or https URL, not '{urlText}'.";
            return false;
        }

        if (file is { Length: 0 })
        {
            problem = $"the SDL file of subgraph '{name}' is empty after '@'.";
            return false;
        }

        source = new SubgraphSource(name, url, file is null ? null : Path.GetFullPath(file));
        return true;
    }

    /// <summary>
    /// The subgraph to compose: the SDL read from <see cref="SchemaFile"/>, or fetched from <see cref="Url"/>; throws
    /// <see cref="SubgraphSourceException"/> naming the file or the subgraph when it cannot be had.
    /// </summary>
    public async Task<SubgraphDefinition> LoadAsync(SubgraphSdlFetcher fetcher, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        string sdl;
        if (SchemaFile is null)
        {
            sdl = await fetcher.FetchAsync(Name, Url, timeout, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            try
            {
                sdl = await File.ReadAllTextAsync(SchemaFile, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new SubgraphSourceException(exception is FileNotFoundException or DirectoryNotFoundException
                    ? $"The SDL file '{SchemaFile}' of subgraph '{Name}' does not exist."
                    : $"The SDL file '{SchemaFile}' of subgraph '{Name}' cannot be read: {exception.Message}", exception);
            }
        }

        // The URL as written, not as Uri normalizes it: it is what the supergraph records.
        return new SubgraphDefinition(Name, Url.OriginalString, sdl);
    }
}
