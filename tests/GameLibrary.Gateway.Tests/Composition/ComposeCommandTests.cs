using GameLibrary.Federation;
using GameLibrary.Federation.Composition;
using GameLibrary.Gateway.Cli;
using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing;

namespace GameLibrary.Gateway.Tests.Composition;

/// <summary>The <c>compose</c> command, run in-process: from SDL files, from live subgraphs, from a manifest.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ComposeCommandTests(SubgraphsFixture subgraphs) : IDisposable
{
    private const string ProductsUrl = "http://products.example/graphql";
    private const string ReviewsUrl = "http://reviews.example/graphql";

    private static readonly string ProductsSdl = TestSupergraphs.PathOf("products.graphql");
    private static readonly string ReviewsSdl = TestSupergraphs.PathOf("reviews.graphql");

    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Composes_sdl_files_into_the_output_file()
    {
        string output = Path.Combine(_directory.Path, "supergraph.graphql");

        (int exitCode, string stdout, string stderr) = await RunAsync(
            "compose", "--subgraph", $"products={ProductsUrl}@{ProductsSdl}", "--subgraph", $"reviews={ReviewsUrl}@{ReviewsSdl}", "--output", output);

        Assert.Equal((0, "", ""), (exitCode, stdout, stderr));
        Assert.Equal(ExpectedSupergraph(), await File.ReadAllTextAsync(output));
    }

    [Fact]
    public async Task Composes_a_manifest_with_schema_paths_relative_to_it_to_standard_output()
    {
        File.Copy(ProductsSdl, Path.Combine(_directory.Path, "products.graphql"));
        Directory.CreateDirectory(Path.Combine(_directory.Path, "more"));
        File.Copy(ReviewsSdl, Path.Combine(_directory.Path, "more", "reviews.graphql"));
        string manifest = Path.Combine(_directory.Path, "subgraphs.json");
        await File.WriteAllTextAsync(manifest, $$"""
            [
              { "name": "reviews", "url": "{{ReviewsUrl}}", "schema": "more/reviews.graphql" },
              { "name": "products", "url": "{{ProductsUrl}}", "schema": "products.graphql" }
            ]
            """);

        (int exitCode, string stdout, string stderr) = await RunAsync("compose", "--manifest", manifest);

        Assert.Equal((0, ""), (exitCode, stderr));
        Assert.Equal(ExpectedSupergraph(), stdout);
    }

    [Fact]
    public async Task Without_a_file_the_sdl_is_fetched_from_the_running_subgraph()
    {
        (int exitCode, string stdout, string stderr) = await RunAsync(
            "compose", "--subgraph", $"products={subgraphs.Products.Url}", "--subgraph", $"reviews={subgraphs.Reviews.Url}");

        Assert.Equal((0, ""), (exitCode, stderr));
        Assert.Contains($"@join__graph(name: \"products\", url: \"{subgraphs.Products.Url}\")", stdout, StringComparison.Ordinal);
        using FederationGateway gateway = FederationGateway.Load(stdout);
        Assert.Equal(["products", "reviews"], gateway.SubgraphNames);
        Assert.Contains("reviews: [Review!]!", gateway.ApiSchemaSdl, StringComparison.Ordinal);
        Assert.Contains("price: Float!", gateway.ApiSchemaSdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Composition_errors_are_printed_with_their_codes_and_fail()
    {
        string conflicting = Path.Combine(_directory.Path, "conflicting.graphql");
        await File.WriteAllTextAsync(conflicting, """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Query { bestseller: Product }
            type Product @key(fields: "id") { id: ID! name: String! }
            """);

        (int exitCode, string stdout, string stderr) = await RunAsync(
            "compose", "--subgraph", $"products={ProductsUrl}@{ProductsSdl}", "--subgraph", $"conflicting=http://conflicting.example/graphql@{conflicting}");

        Assert.Equal((1, ""), (exitCode, stdout));
        Assert.StartsWith("error: INVALID_FIELD_SHARING: ", stderr, StringComparison.Ordinal);
        Assert.Contains("\"Product.name\"", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hints_go_to_standard_error_and_the_supergraph_is_still_written()
    {
        string overriding = Path.Combine(_directory.Path, "overriding.graphql");
        await File.WriteAllTextAsync(overriding, """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@override"])
            type Query { featured: Product }
            type Product @key(fields: "id") { id: ID! rating: Int @override(from: "legacy") }
            """);

        (int exitCode, string stdout, string stderr) = await RunAsync(
            "compose", "--subgraph", $"products={ProductsUrl}@{ProductsSdl}", "--subgraph", $"overriding=http://overriding.example/graphql@{overriding}");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("hint: FROM_SUBGRAPH_DOES_NOT_EXIST: ", stderr, StringComparison.Ordinal);
        Assert.Contains("@join__graph(name: \"overriding\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_subgraph_is_named()
    {
        (int exitCode, string stdout, string stderr) = await RunAsync("compose", "--subgraph", "products=http://127.0.0.1:1/graphql");

        Assert.Equal((1, ""), (exitCode, stdout));
        Assert.StartsWith("error: The subgraph 'products' (http://127.0.0.1:1/graphql) cannot be reached", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("products", "is not <name>=<url>[@<sdl-file>]")]
    [InlineData("products=ftp://products.example", "must be an absolute http or https URL, not 'ftp://products.example'")]
    public async Task A_malformed_subgraph_argument_is_explained(string argument, string problem)
    {
        (int exitCode, _, string stderr) = await RunAsync("compose", "--subgraph", argument);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: --subgraph: ", stderr, StringComparison.Ordinal);
        Assert.Contains(problem, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_with_an_unknown_member_is_refused_naming_the_entry()
    {
        string manifest = Path.Combine(_directory.Path, "subgraphs.json");
        await File.WriteAllTextAsync(manifest, """[{ "name": "products", "url": "http://products.example/graphql", "shema": "products.graphql" }]""");

        (int exitCode, _, string stderr) = await RunAsync("compose", "--manifest", manifest);

        Assert.Equal(1, exitCode);
        Assert.Contains($"The manifest '{manifest}', entry 0: unknown member \"shema\"", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Needs_subgraphs_or_a_manifest_but_not_both()
    {
        (int neither, _, string neitherError) = await RunAsync("compose");
        (int both, _, string bothError) = await RunAsync("compose", "--subgraph", $"products={ProductsUrl}@{ProductsSdl}", "--manifest", "subgraphs.json");

        Assert.NotEqual(0, neither);
        Assert.NotEqual(0, both);
        Assert.Contains("--subgraph <name>=<url>[@<sdl-file>] (repeated) or with --manifest <file>, not both", neitherError, StringComparison.Ordinal);
        Assert.Contains("--subgraph <name>=<url>[@<sdl-file>] (repeated) or with --manifest <file>, not both", bothError, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private static string ExpectedSupergraph() =>
        SupergraphComposer.Compose(
        [
            new SubgraphDefinition("products", ProductsUrl, File.ReadAllText(ProductsSdl)),
            new SubgraphDefinition("reviews", ReviewsUrl, File.ReadAllText(ReviewsSdl)),
        ]).Supergraph!.TrimEnd('\n') + "\n";

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using StringWriter output = new();
        using StringWriter error = new();
        int exitCode = await GatewayCommandLine.InvokeAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
