using GameLibrary.Federation.Api;

using GraphQLParser;

using Snapshooter;
using Snapshooter.Xunit;

namespace GameLibrary.Federation.Tests.Api;

public sealed class ApiSchemaTests
{
    [Theory]
    [InlineData("catalog-users")]
    [InlineData("library")]
    [InlineData("fed1")]
    [InlineData("modern")]
    public void The_api_sdl_is_stable(string scenario)
    {
        Snapshot.Match(TestSupergraphs.Api(scenario).Sdl, SnapshotNameExtension.Create(scenario));
    }

    [Theory]
    [InlineData("catalog-users", "supergraph.graphql")]
    [InlineData("catalog-users", "supergraph.apollo.graphql")]
    [InlineData("library", "supergraph.graphql")]
    [InlineData("library", "supergraph.apollo.graphql")]
    [InlineData("modern", "supergraph.graphql")]
    [InlineData("modern", "supergraph.apollo.graphql")]
    public void The_api_schema_exposes_exactly_what_apollos_api_schema_exposes(string scenario, string supergraph)
    {
        var apollo = SchemaListing.Of(Parser.Parse(TestSupergraphs.Read(scenario, "api.apollo.graphql")));
        var ours = SchemaListing.Of(TestSupergraphs.Api(scenario, supergraph).Document);

        Assert.Equal(apollo, ours);
    }

    [Fact]
    public void Renamed_and_imported_link_elements_are_recognised()
    {
        var renamed = TestSupergraphs.Api("catalog-users", "supergraph.renamed.graphql");

        Assert.Equal(TestSupergraphs.Api("catalog-users").Sdl, renamed.Sdl);
    }

    [Fact]
    public void Federation_1_core_supergraphs_lose_their_machinery_too()
    {
        var schema = TestSupergraphs.Api("fed1");

        Assert.Null(schema.GetField("Product", "cost"));
        Assert.NotNull(schema.GetField("Product", "name"));
        Assert.Null(schema.GetType("core__Purpose"));
        Assert.Null(schema.GetType("join__Graph"));
        Assert.DoesNotContain("@", schema.Sdl, StringComparison.Ordinal);
        Assert.Equal("Mutation", schema.MutationType?.Name);
    }

    [Fact]
    public void Composed_directives_stay_and_the_machinery_goes()
    {
        var sdl = TestSupergraphs.Api("catalog-users").Sdl;

        Assert.Contains("directive @cacheControl(maxAge: Int) on FIELD_DEFINITION | OBJECT", sdl, StringComparison.Ordinal);
        Assert.Contains("[Game!]! @cacheControl(maxAge: 30)", sdl, StringComparison.Ordinal);
        foreach (var machinery in new[] { "@link", "@join__", "join__", "link__", "@tag", "@inaccessible", "schema" })
        {
            Assert.DoesNotContain(machinery, sdl, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Look_ups_resolve_types_fields_and_possible_types()
    {
        var schema = TestSupergraphs.Api("library");

        Assert.Equal("[Game!]!", schema.GetField("Query", "games")!.Type.ToString());
        Assert.Equal("[[Int!]]", schema.GetField("Game", "scores")!.Type.ToString());
        Assert.Same(schema.GetType("Game"), schema.GetField("Franchise", "games")!.Type.NamedType);
        Assert.True(schema.IsAbstract("Node"));
        Assert.True(schema.IsAbstract("Reviewer"));
        Assert.False(schema.IsAbstract("Game"));
        Assert.Equal(["Game"], schema.PossibleTypes("Media").Select(t => t.Name));
        Assert.Equal(["Critic", "Player"], schema.PossibleTypes("Reviewer").Select(t => t.Name));
        Assert.True(schema.HasEnumValue("Platform", "PC"));
        Assert.False(schema.HasEnumValue("Platform", "HANDHELD"));
        Assert.Null(schema.GetField("Game", "secretNotes"));
        Assert.Null(schema.GetType("GameQuery")!.GetInputField("internal"));
        Assert.Equal("Subscription", schema.SubscriptionType?.Name);
        Assert.Equal("3", Assert.IsAssignableFrom<GraphQLParser.AST.GraphQLIntValue>(schema.GetField("Game", "similar")!.Arguments[0].DefaultValue).Value.ToString());
        Assert.Equal(ApiTypeKind.Scalar, schema.GetType("JSON")!.Kind);
        Assert.True(schema.GetType("Int")!.IsBuiltInScalar);
    }

    [Fact]
    public void Custom_scalars_are_passed_through_by_validation()
    {
        var preparer = new GameLibrary.Federation.Requests.OperationPreparer(TestSupergraphs.Api("library"));

        var result = preparer.Prepare("""{ echo(value: {any: ["thing", 1, true, null, ENUMISH]}) }""", null, null);

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => e.Message)));
    }
}
