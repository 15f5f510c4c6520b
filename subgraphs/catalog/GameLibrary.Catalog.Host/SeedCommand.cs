using System.CommandLine;
using System.Globalization;

using GameLibrary.Catalog.Seeding;
using GameLibrary.Persistence;

namespace GameLibrary.Catalog.Host;

/// <summary>The host's <c>seed [--games N] [--seed S]</c> command: prepares the database and fills it with demo data.</summary>
public static class SeedCommand
{
    /// <summary>Whether <paramref name="args"/> ask for this command.</summary>
    /// <param name="args">The command-line arguments.</param>
    public static bool Matches(string[] args) => args is ["seed", ..];

    /// <summary>Runs the command, drawing a progress bar on standard error.</summary>
    /// <param name="app">The built application (its services; it is not started).</param>
    /// <param name="args">The command-line arguments, starting with <c>seed</c>.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        Option<int> games = new("--games") { Description = "How many games (100000 for the benchmark scale).", DefaultValueFactory = _ => 2000 };
        games.Validators.Add(result =>
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

            if (value is < 0 or > 1_000_000)
            {
                result.AddError("--games must be between 0 and 1000000.");
            }
        });
        Option<int> seed = new("--seed") { Description = "The random seed; the same seed gives the same catalog.", DefaultValueFactory = _ => 42 };
        Command command = new("seed", "Fill an empty catalog with deterministic demo data.") { games, seed };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await app.Services.GetRequiredService<DatabaseInitializer<CatalogDbContext>>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            int total = parseResult.GetValue(games);
            ProgressBar bar = new(Console.Error, total);
            int written = await app.Services.GetRequiredService<CatalogSeeder>()
                .SeedAsync(total, parseResult.GetValue(seed), bar, cancellationToken)
                .ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(written == 0 && total > 0
                ? "The catalog already has games; nothing was seeded."
                : string.Create(CultureInfo.InvariantCulture, $"Seeded {written} games.")).ConfigureAwait(false);
            return 0;
        });
        RootCommand root = new("The catalog subgraph's seed command.") { command };
        root.TreatUnmatchedTokensAsErrors = false;
        return root.Parse(args).InvokeAsync();
    }

    /// <summary>Draws <c>[#####     ]  50%  1000/2000</c> on one line, redrawn on each report.</summary>
    private sealed class ProgressBar(TextWriter output, int total) : IProgress<int>
    {
        private const int Width = 40;

        public void Report(int value)
        {
            int filled = total == 0 ? Width : (int)((long)value * Width / total);
            int percent = total == 0 ? 100 : (int)((long)value * 100 / total);
            output.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"\r[{new string('#', filled)}{new string(' ', Width - filled)}] {percent,3}%  {value}/{total}"));
            if (value >= total)
            {
                output.WriteLine();
            }
        }
    }
}
