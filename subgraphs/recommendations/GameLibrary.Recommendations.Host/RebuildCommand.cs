using System.CommandLine;
using System.Globalization;

using GameLibrary.Persistence;
using GameLibrary.Recommendations.Data;
using GameLibrary.Recommendations.Rebuild;

namespace GameLibrary.Recommendations.Host;

/// <summary>
/// The host's <c>rebuild</c> command: clears the read model and replays the catalog, users and scoreboard logs from
/// their starts, then exits. Run it with the subgraph stopped (one running consumer per name, ADR 0005).
/// </summary>
public static class RebuildCommand
{
    /// <summary>Whether <paramref name="args"/> ask for this command.</summary>
    /// <param name="args">The command-line arguments.</param>
    public static bool Matches(string[] args) => args is ["rebuild", ..];

    /// <summary>Runs the command.</summary>
    /// <param name="app">The built application (its services; it is not started).</param>
    /// <param name="args">The command-line arguments, starting with <c>rebuild</c>.</param>
    /// <param name="output">Where the summary goes; standard output when <see langword="null"/>.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(WebApplication app, string[] args, TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        Command command = new("rebuild", "Clear the read model and replay every consumed event log from the start.");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await app.Services.GetRequiredService<DatabaseInitializer<RecommendationsDbContext>>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            int handled = await app.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync(replay: true, cancellationToken).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                string.Create(CultureInfo.InvariantCulture, $"Rebuilt the recommendations read model from {handled} events.")).ConfigureAwait(false);
            return 0;
        });
        RootCommand root = new("The recommendations subgraph's rebuild command.") { command };
        root.TreatUnmatchedTokensAsErrors = false;
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output ?? Console.Out });
    }
}
