using System.CommandLine;

using GameLibrary.AppHost.Cli;

using Npgsql;

namespace GameLibrary.AppHost.Tests.Cli;

public sealed class AppHostCommandTests
{
    private static readonly int[] SubgraphPorts = [4001, 4002, 4003, 4004];

    [Fact]
    public async Task Without_options_it_runs_on_the_embedded_defaults()
    {
        LaunchOptions options = await ParseAsync([]);

        Assert.Equal(new LaunchOptions(500, false, false, 4000, null, null, TimeSpan.FromSeconds(120)), options);
    }

    [Fact]
    public async Task Every_option_is_bound()
    {
        LaunchOptions options = await ParseAsync([
            "--games", "2000", "--reseed", "--port", "5000", "--postgres", "Host=db;Username=app;Password=secret",
            "--redis", "cache:6379", "--timeout", "30",
        ]);

        Assert.Equal(
            new LaunchOptions(2000, true, false, 5000, "Host=db;Username=app;Password=secret", "cache:6379", TimeSpan.FromSeconds(30)),
            options);
    }

    [Fact]
    public async Task Public_and_repeated_admins_are_bound()
    {
        LaunchOptions options = await ParseAsync(["--public", "--admin", "ada", "--admin", "grace"]);

        Assert.True(options.Public);
        Assert.Equal(["ada", "grace"], options.Admins);
        Assert.False((await ParseAsync([])).Public);
    }

    [Fact]
    public async Task No_seed_is_bound()
    {
        Assert.True((await ParseAsync(["--no-seed"])).NoSeed);
    }

    [Fact]
    public async Task Simulate_is_bound()
    {
        Assert.True((await ParseAsync(["--simulate"])).Simulate);
        Assert.False((await ParseAsync([])).Simulate);
    }

    [Theory]
    [InlineData("--games -1", "--games must be between 0 and 1000000.")]
    [InlineData("--games 1000001", "--games must be between 0 and 1000000.")]
    [InlineData("--port 0", "--port must be between 1 and 65535.")]
    [InlineData("--port 70000", "--port must be between 1 and 65535.")]
    [InlineData("--port 4002", "--port 4002 is a subgraph's port (4001, 4002, 4003, 4004).")]
    [InlineData("--postgres Hots=db", "--postgres is not a valid PostgreSQL connection string.")]
    [InlineData("--timeout 0", "--timeout must be a positive number of seconds.")]
    [InlineData("--reseed --no-seed", "--reseed and --no-seed contradict each other.")]
    [InlineData("--admin  ", "--admin needs a username.")]
    [InlineData("--simulate --no-seed", "--simulate plays as the demo accounts, which --no-seed does not create.")]
    public void Bad_options_are_refused_with_a_message(string arguments, string error)
    {
        ParseResult result = Create(out _).Parse(arguments.Split(' '));

        Assert.Contains(error, result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void An_empty_redis_configuration_is_refused()
    {
        ParseResult result = Create(out _).Parse(["--redis", " "]);

        Assert.Contains("--redis needs a configuration such as localhost:6379.", result.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task A_refused_command_line_does_not_run()
    {
        RootCommand command = Create(out Func<LaunchOptions?> ran);

        int exitCode = await command.Parse(["--games", "x"]).InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null });

        Assert.NotEqual(0, exitCode);
        Assert.Null(ran());
    }

    [Fact]
    public void The_postgres_example_of_the_help_is_a_valid_connection_string()
    {
        Option postgres = Create(out _).Options.Single(option => option.Name == "--postgres");
        string example = postgres.Description!.Split('"')[1];

        Assert.Equal("localhost", new NpgsqlConnectionStringBuilder(example).Host);
    }

    private static async Task<LaunchOptions> ParseAsync(string[] args)
    {
        RootCommand command = Create(out Func<LaunchOptions?> ran);
        int exitCode = await command.Parse(args).InvokeAsync();
        Assert.Equal(0, exitCode);
        return ran() ?? throw new InvalidOperationException("The action did not run.");
    }

    private static RootCommand Create(out Func<LaunchOptions?> ran)
    {
        LaunchOptions? received = null;
        ran = () => received;
        return AppHostCommand.Create(
            (options, _) =>
            {
                received = options;
                return Task.FromResult(0);
            },
            SubgraphPorts);
    }
}
