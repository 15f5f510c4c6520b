using System.CommandLine;

using GameLibrary.Federation.Composition;
using GameLibrary.Gateway.Composition;
using GameLibrary.Gateway.Configuration;
using GameLibrary.Gateway.Http;

namespace GameLibrary.Gateway.Cli;

/// <summary>
/// <c>compose (--subgraph &lt;name&gt;=&lt;url&gt;[@&lt;sdl-file&gt;] … | --manifest &lt;file&gt;) [--output &lt;file&gt;]</c>:
/// composes subgraphs into a supergraph with the gateway's composer. Hints go to standard error; errors too, with exit code 1.
/// </summary>
internal static class ComposeCommand
{
    /// <summary>How long a subgraph may take to answer <c>_service { sdl }</c>.</summary>
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(30);

    public static Command Create()
    {
        Option<string[]> subgraphs = new("--subgraph")
        {
            Description = "A subgraph to compose: its name, its routing URL, and optionally an SDL file (else the SDL is fetched from the URL with { _service { sdl } }). Repeat for each subgraph.",
            HelpName = "name=url[@sdl-file]",
        };
        Option<FileInfo> manifest = new("--manifest")
        {
            Description = "A JSON list of the subgraphs, [{\"name\", \"url\", \"schema\"}] with schema relative to the file (e.g. schema/subgraphs.json).",
            HelpName = "file",
        };
        Option<FileInfo> output = new("--output")
        {
            Description = "Write the supergraph to this file (replaced atomically) instead of standard output.",
            HelpName = "file",
        };

        Command command = new("compose", "Compose Federation subgraphs into a supergraph (Apollo's join-spec format) that the gateway serves.")
        {
            subgraphs,
            manifest,
            output,
        };
        command.Validators.Add(result =>
        {
            bool hasSubgraphs = result.GetResult(subgraphs) is not null;
            bool hasManifest = result.GetResult(manifest) is not null;
            if (hasSubgraphs == hasManifest)
            {
                result.AddError("Give the subgraphs with --subgraph <name>=<url>[@<sdl-file>] (repeated) or with --manifest <file>, not both.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            TextWriter error = parseResult.InvocationConfiguration.Error;
            CompositionResult result;
            try
            {
                IReadOnlyList<SubgraphSource> sources = parseResult.GetValue(manifest) is { } file
                    ? SubgraphManifest.Read(file.FullName)
                    : ParseSubgraphs(parseResult.GetValue(subgraphs) ?? []);
                result = SupergraphComposer.Compose(await LoadAsync(sources, cancellationToken).ConfigureAwait(false));
            }
            catch (SubgraphSourceException exception)
            {
                await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
                return CommandLineSupergraph.Failed;
            }

            foreach (CompositionHint hint in result.Hints)
            {
                await error.WriteLineAsync($"hint: {hint.Code}: {hint.Message}").ConfigureAwait(false);
            }

            if (result.Supergraph is not { } supergraph)
            {
                foreach (CompositionError compositionError in result.Errors)
                {
                    await error.WriteLineAsync($"error: {compositionError.Code}: {compositionError.Message}").ConfigureAwait(false);
                }

                return CommandLineSupergraph.Failed;
            }

            string text = supergraph.EndsWith('\n') ? supergraph : supergraph + "\n";
            if (parseResult.GetValue(output) is { } target)
            {
                try
                {
                    await WriteAtomicallyAsync(target.FullName, text, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"error: the supergraph cannot be written to '{target.FullName}': {exception.Message}").ConfigureAwait(false);
                    return CommandLineSupergraph.Failed;
                }
            }
            else
            {
                await parseResult.InvocationConfiguration.Output.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static List<SubgraphSource> ParseSubgraphs(IEnumerable<string> arguments) =>
        [.. arguments.Select(argument => SubgraphSource.TryParse(argument, out SubgraphSource? source, out string? problem)
            ? source!
            : throw new SubgraphSourceException($"--subgraph: {problem}"))];

    private static async Task<SubgraphDefinition[]> LoadAsync(IReadOnlyList<SubgraphSource> sources, CancellationToken cancellationToken)
    {
        using HttpClient httpClient = SubgraphHttpClient.Create(new SubgraphHttpOptions());
        SubgraphSdlFetcher fetcher = new(httpClient);
        return await Task.WhenAll(sources.Select(source => source.LoadAsync(fetcher, FetchTimeout, cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>Writes beside the target, then renames over it: a gateway watching the file never reads it half-written.</summary>
    private static async Task WriteAtomicallyAsync(string path, string text, CancellationToken cancellationToken)
    {
        string temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, text, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
