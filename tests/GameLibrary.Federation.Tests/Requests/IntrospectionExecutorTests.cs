using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Requests;

using Snapshooter.Xunit;

namespace GameLibrary.Federation.Tests.Requests;

public sealed class IntrospectionExecutorTests
{
    private static async Task<JsonObject> Introspect(string query, string? variables = null)
    {
        var operation = TestOperations.Prepare(query, variables);
        return await new IntrospectionExecutor(TestOperations.Schema).ExecuteAsync(operation);
    }

    private static string FullIntrospectionQuery([CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "IntrospectionQuery.graphql"));

    [Fact]
    public async Task The_full_introspection_query_of_graphql_js_is_answered()
    {
        var result = await Introspect(FullIntrospectionQuery());

        Snapshot.Match(result.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public async Task Directives_show_composed_and_built_in_ones_only()
    {
        var result = await Introspect("{ __schema { directives { name isRepeatable locations } } }");

        var names = result["__schema"]!["directives"]!.AsArray().Select(d => d!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(["cacheControl", "deprecated", "include", "skip", "specifiedBy"], names);
    }

    [Fact]
    public async Task Deprecated_elements_are_hidden_unless_asked_for()
    {
        var result = await Introspect("""
            {
              genre: __type(name: "Genre") { all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } current: enumValues { name } }
              game: __type(name: "Game") { fields { name } }
            }
            """);

        Assert.Equal(
            """{"genre":{"all":[{"name":"ACTION","isDeprecated":false,"deprecationReason":null},{"name":"RPG","isDeprecated":false,"deprecationReason":null},{"name":"PUZZLE","isDeprecated":false,"deprecationReason":null},{"name":"SHOOTER","isDeprecated":true,"deprecationReason":"Use ACTION."}],"current":[{"name":"ACTION"},{"name":"RPG"},{"name":"PUZZLE"}]},"game":{"fields":[{"name":"id"},{"name":"title"},{"name":"genre"},{"name":"releaseDate"},{"name":"averageRating"},{"name":"ratingsCount"}]}}""",
            result.ToJsonString());
    }

    [Fact]
    public async Task Answers_root_introspection_fields_under_their_aliases()
    {
        var result = await Introspect("""{ s: __schema { queryType { name } } t: __type(name: "Game") { name kind } games { id } }""");

        Assert.Equal("""{"s":{"queryType":{"name":"Query"}},"t":{"name":"Game","kind":"OBJECT"}}""", result.ToJsonString());
    }

    [Fact]
    public async Task Inaccessible_and_link_elements_are_invisible()
    {
        var result = await Introspect("""
            {
              __schema { types { name fields { name args { name } } enumValues(includeDeprecated: true) { name } inputFields { name } possibleTypes { name } } directives { name } }
            }
            """);
        var text = result.ToJsonString();

        foreach (var hidden in new[] { "costPrice", "Stats", "internalStats", "Draft", "LEGACY", "includeHidden", "\"debug\"", "email", "ARCHIVED", "join__", "link__", "inaccessible", "\"tag\"" })
        {
            Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
        }

        Assert.Contains("\"ratingsCount\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Custom_scalars_keep_description_and_specified_by_url()
    {
        var result = await Introspect("""{ __type(name: "Date") { name description specifiedByURL } }""");

        Assert.Equal(
            """{"__type":{"name":"Date","description":"An ISO-8601 calendar date.","specifiedByURL":"https://tools.ietf.org/html/rfc3339"}}""",
            result.ToJsonString());
    }

    [Fact]
    public async Task Skip_and_include_apply_with_the_coerced_variables()
    {
        var result = await Introspect(
            """query ($no: Boolean!, $name: String!) { a: __type(name: $name) @skip(if: $no) { name } b: __type(name: "Genre") @include(if: $no) { name } }""",
            """{"no": true, "name": "Game"}""");

        Assert.Equal("""{"b":{"name":"Genre"}}""", result.ToJsonString());
    }
}
