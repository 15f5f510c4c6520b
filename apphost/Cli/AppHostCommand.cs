using System.CommandLine;
using System.CommandLine.Parsing;

using Npgsql;

namespace GameLibrary.AppHost.Cli;

/// <summary>The launcher's command line: options only, no subcommands.</summary>
internal static class AppHostCommand
{
    /// <summary>Creates the root command; its action binds the options and calls <paramref name="run"/>.</summary>
    /// <param name="run">Runs the platform with the parsed options; returns the exit code.</param>
    /// <param name="reservedPorts">Ports the launched subgraphs use, which the gateway's port must not take.</param>
    public static RootCommand Create(Func<LaunchOptions, CancellationToken, Task<int>> run, IReadOnlyCollection<int> reservedPorts)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(reservedPorts);

        Option<int> games = new("--games")
        {
            Description = "How many games to seed an empty catalog with.",
            DefaultValueFactory = _ => LaunchOptions.DefaultGames,
        };
        games.Validators.Add(result => Validate<int>(result, value => value is >= 0 and <= 1_000_000 ? null : "--games must be between 0 and 1000000."));

        Option<bool> reseed = new("--reseed") { Description = "Delete the catalog and users data first and seed afresh." };
        Option<bool> noSeed = new("--no-seed") { Description = "Seed nothing: no catalog games, no demo users." };

        Option<int> port = new("--port")
        {
            Description = "The gateway's HTTP port.",
            DefaultValueFactory = _ => LaunchOptions.DefaultGatewayPort,
        };
        port.Validators.Add(result => Validate<int>(result, value =>
            value is <= 0 or > 65535 ? "--port must be between 1 and 65535."
            : reservedPorts.Contains(value) ? $"--port {value} is a subgraph's port ({string.Join(", ", reservedPorts)})."
            : null));

        Option<string?> postgres = new("--postgres")
        {
            Description = "Use PostgreSQL: a connection string without a database (e.g. \"Host=localhost;Username=postgres;Password=secret\"); each subgraph gets a database named after it.",
        };
        postgres.Validators.Add(result => Validate<string?>(result, value => IsConnectionString(value) ? null : "--postgres is not a valid PostgreSQL connection string."));

        Option<string?> redis = new("--redis")
        {
            Description = "Use this Redis (a StackExchange.Redis configuration, e.g. localhost:6379) instead of the embedded Garnet server.",
        };
        redis.Validators.Add(result => Validate<string?>(result, value => string.IsNullOrWhiteSpace(value) ? "--redis needs a configuration such as localhost:6379." : null));

        Option<int> timeout = new("--timeout")
        {
            Description = "Seconds each service may take to become ready.",
            DefaultValueFactory = _ => (int)LaunchOptions.DefaultStartupTimeout.TotalSeconds,
        };
        timeout.Validators.Add(result => Validate<int>(result, value => value > 0 ? null : "--timeout must be a positive number of seconds."));

        Option<bool> isPublic = new("--public")
        {
            Description = "Serve the gateway on every network interface; without it, the gateway and the subgraphs listen on loopback only.",
        };

        Option<string[]> admins = new("--admin")
        {
            Description = "A username to grant the admin role at sign-in, besides the demo account; repeat it for more.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        admins.Validators.Add(result => Validate<string[]>(result, values =>
            values.Any(string.IsNullOrWhiteSpace) ? "--admin needs a username." : null));

        Option<bool> simulate = new("--simulate")
        {
            Description = "Simulate players: the demo accounts submit a score to game 1 every 2 seconds, so the live leaderboard (/dashboard) moves.",
        };

        RootCommand root = new(
            "Starts the whole GameLibrary platform — every subgraph and the gateway — on SQLite files under .data/ and one embedded Garnet "
            + "server, seeds demo data once, and serves the gateway on http://localhost:4000/graphql (loopback only unless --public). "
            + "Ctrl-C stops everything.")
        {
            games, reseed, noSeed, port, isPublic, admins, simulate, postgres, redis, timeout,
        };
        root.Validators.Add(result =>
        {
            if (result.GetValue(reseed) && result.GetValue(noSeed))
            {
                result.AddError("--reseed and --no-seed contradict each other.");
            }

            if (result.GetValue(simulate) && result.GetValue(noSeed))
            {
                result.AddError("--simulate plays as the demo accounts, which --no-seed does not create.");
            }
        });
        root.SetAction((parseResult, cancellationToken) => run(
            new LaunchOptions(
                parseResult.GetValue(games),
                parseResult.GetValue(reseed),
                parseResult.GetValue(noSeed),
                parseResult.GetValue(port),
                parseResult.GetValue(postgres),
                parseResult.GetValue(redis),
                TimeSpan.FromSeconds(parseResult.GetValue(timeout)))
            {
                Public = parseResult.GetValue(isPublic),
                Simulate = parseResult.GetValue(simulate),
                Admins = parseResult.GetValue(admins) is { Length: > 0 } given ? [.. given.Select(admin => admin.Trim())] : Array.Empty<string>(),
            },
            cancellationToken));
        return root;
    }

    /// <summary>Adds the error <paramref name="check"/> returns for the option's value, if any.</summary>
    private static void Validate<T>(OptionResult result, Func<T, string?> check)
    {
        T value;
        try
        {
            value = result.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            // Not a T at all: the parser reports that itself.
            return;
        }

        if (check(value) is { } error)
        {
            result.AddError(error);
        }
    }

    private static bool IsConnectionString(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(value);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
