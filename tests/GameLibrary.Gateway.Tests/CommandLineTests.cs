using GameLibrary.Gateway.Cli;
using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing;

namespace GameLibrary.Gateway.Tests;

/// <summary>The <c>plan</c> and <c>api-schema</c> commands, and the serve command's refusals, run in-process.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string ProductWithReviews = "query ProductWithReviews { product(id: 1) { name reviews { body } } }";

    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Plan_prints_the_query_plan_of_an_operation()
    {
        (int exitCode, string output, string error) = await RunAsync("plan", "--supergraph", TestSupergraphs.V2, "--query", ProductWithReviews);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains("QueryPlan", output, StringComparison.Ordinal);
        Assert.Contains("\"products\"", output, StringComparison.Ordinal);
        Assert.Contains("\"reviews\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_reads_the_operation_from_a_file_and_picks_the_named_operation()
    {
        string file = Path.Combine(_directory.Path, "operations.graphql");
        await File.WriteAllTextAsync(file, ProductWithReviews + "\nquery JustNames { products { name } }\n");

        (int exitCode, string output, _) = await RunAsync("plan", "--supergraph", TestSupergraphs.V2, "--file", file, "--operation-name", "JustNames");

        Assert.Equal(0, exitCode);
        Assert.Contains("\"products\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"reviews\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_of_an_invalid_operation_fails_with_the_error()
    {
        (int exitCode, string output, string error) = await RunAsync("plan", "--supergraph", TestSupergraphs.V2, "--query", "{ product(id: 1) { weight } }");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("weight", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task Plan_needs_exactly_one_of_query_and_file(bool query, bool file)
    {
        List<string> args = ["plan", "--supergraph", TestSupergraphs.V2];
        if (query)
        {
            args.AddRange(["--query", ProductWithReviews]);
        }

        if (file)
        {
            args.AddRange(["--file", TestSupergraphs.V2]);
        }

        (int exitCode, _, string error) = await RunAsync([.. args]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("exactly one of --query <text> or --file <path.graphql>", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_with_a_missing_operation_file_names_it()
    {
        string missing = Path.Combine(_directory.Path, "missing.graphql");

        (int exitCode, _, string error) = await RunAsync("plan", "--supergraph", TestSupergraphs.V2, "--file", missing);

        Assert.Equal(1, exitCode);
        Assert.Contains($"the operation file '{missing}' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_schema_prints_what_clients_see()
    {
        (int exitCode, string output, string error) = await RunAsync("api-schema", "--supergraph", TestSupergraphs.V2);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains("type Product", output, StringComparison.Ordinal);
        Assert.Contains("price: Float!", output, StringComparison.Ordinal);
        Assert.Contains("reviews: [Review!]!", output, StringComparison.Ordinal);
        Assert.DoesNotContain("join__", output, StringComparison.Ordinal);
        Assert.DoesNotContain("@link", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan", "--query", "{ products { name } }")]
    [InlineData("api-schema")]
    [InlineData]
    public async Task Every_command_fails_clearly_on_a_missing_supergraph_file(params string[] command)
    {
        string missing = Path.Combine(_directory.Path, "nowhere.graphql");

        (int exitCode, string output, string error) = await RunAsync([.. command, "--supergraph", missing]);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"error: The supergraph file '{missing}' does not exist.", error.Trim());
    }

    [Theory]
    [InlineData("plan", "--query", "{ products { name } }")]
    [InlineData("api-schema")]
    [InlineData]
    public async Task Every_command_fails_clearly_on_a_broken_supergraph_file(params string[] command)
    {
        string broken = Path.Combine(_directory.Path, "broken.graphql");
        await File.WriteAllTextAsync(broken, "type Query { products: ");

        (int exitCode, string output, string error) = await RunAsync([.. command, "--supergraph", broken]);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith($"error: the supergraph '{broken}' is broken: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_without_a_supergraph_fails_and_says_how_to_give_one()
    {
        (int exitCode, _, string error) = await RunAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("pass --supergraph <file> (or set GATEWAY_SUPERGRAPH or Gateway:Supergraph), or --compose", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_an_invalid_setting_fails_naming_it()
    {
        (int exitCode, _, string error) = await RunAsync("--supergraph", TestSupergraphs.V2, "--Gateway:Subgraphs:products:Url=products.internal");

        Assert.Equal(1, exitCode);
        Assert.Contains("Gateway:Subgraphs:products:Url must be an absolute http or https URL", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_a_port_out_of_range_fails()
    {
        (int exitCode, _, string error) = await RunAsync("--supergraph", TestSupergraphs.V2, "--port", "70000");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--port must be between 0 and 65535", error, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using StringWriter output = new();
        using StringWriter error = new();
        int exitCode = await GatewayCommandLine.InvokeAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
