using System.CommandLine;
using System.Globalization;

using GameLibrary.Persistence;
using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Seeding;

namespace GameLibrary.Scoreboard.Host;

/// <summary>
/// The host's <c>rebuild</c> (Redis boards from SQL) and <c>seed [--scores N] [--seed S]</c> (demo scores for the players
/// and games the users and catalog logs announced) commands. Both prepare the database first and do not serve.
/// </summary>
public static class MaintenanceCommands
{
    /// <summary>Whether <paramref name="args"/> ask for one of these commands.</summary>
    /// <param name="args">The command-line arguments.</param>
    public static bool Matches(string[] args) => args is ["rebuild", ..] or ["seed", ..];

    /// <summary>Runs the command.</summary>
    /// <param name="app">The built application (its services; it is not started).</param>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where the result line goes; standard output when <see langword="null"/>.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(WebApplication app, string[] args, TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        Command rebuild = new("rebuild", "Rebuild every live Redis board from the database.");
        rebuild.TreatUnmatchedTokensAsErrors = false;
        rebuild.SetAction(async (parseResult, cancellationToken) =>
        {
            await app.Services.GetRequiredService<DatabaseInitializer<ScoreboardDbContext>>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            int boards = await app.Services.GetRequiredService<BoardRebuilder>().RebuildAsync(cancellationToken).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                string.Create(CultureInfo.InvariantCulture, $"Rebuilt {boards} boards.")).ConfigureAwait(false);
            return 0;
        });

        Option<int> scores = new("--scores") { Description = "How many demo scores.", DefaultValueFactory = _ => 500 };
        scores.Validators.Add(result =>
        {
            int value;
            try
            {
                value = result.GetValueOrDefault<int>();
            }
            catch (InvalidOperationException)
            {
                // Not a number: the parser reports that itself.
                return;
            }

            if (value is < 0 or > 10_000_000)
            {
                result.AddError("--scores must be between 0 and 10000000.");
            }
        });
        Option<int> seed = new("--seed") { Description = "The random seed.", DefaultValueFactory = _ => 42 };
        Command seeding = new("seed", "Add demo scores for the known players and games, then rebuild the boards.") { scores, seed };
        seeding.TreatUnmatchedTokensAsErrors = false;
        seeding.SetAction(async (parseResult, cancellationToken) =>
        {
            await app.Services.GetRequiredService<DatabaseInitializer<ScoreboardDbContext>>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            int written = await app.Services.GetRequiredService<ScoreSeeder>()
                .SeedAsync(parseResult.GetValue(scores), parseResult.GetValue(seed), cancellationToken).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(written == 0
                ? "No players or games are known yet (the users and catalog logs feed them); nothing was seeded."
                : string.Create(CultureInfo.InvariantCulture, $"Seeded {written} scores.")).ConfigureAwait(false);
            return 0;
        });

        RootCommand root = new("The scoreboard subgraph's maintenance commands.") { rebuild, seeding };
        root.TreatUnmatchedTokensAsErrors = false;
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output ?? Console.Out });
    }
}
