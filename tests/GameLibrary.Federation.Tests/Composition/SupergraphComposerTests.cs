using GameLibrary.Federation.Composition;

namespace GameLibrary.Federation.Tests.Composition;

/// <summary>The composer's contract beyond what the reference cases show: the result's shape, names, hints, inputs the references do not take.</summary>
public sealed class SupergraphComposerTests
{
    private const string Federation = """extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])""";

    [Fact]
    public void Reports_a_syntax_error_with_the_subgraph_and_the_position()
    {
        var result = SupergraphComposer.Compose([new("products", "http://products", Federation + "\ntype Query { product: Product")]);

        var error = Assert.Single(result.Errors);
        Assert.False(result.Succeeded);
        Assert.Equal(CompositionErrorCodes.InvalidGraphQL, error.Code);
        Assert.Equal(["products"], error.Subgraphs);
        Assert.StartsWith("[products] Syntax Error: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(2:30)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_key_that_does_not_parse()
    {
        var result = SupergraphComposer.Compose([new("products", "http://products", Federation + "\ntype Query { p: P }\ntype P @key(fields: \"id {\") { id: ID! }")]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(CompositionErrorCodes.KeyInvalidFields, error.Code);
        Assert.StartsWith("[products] On type \"P\", for @key(fields: \"id {\"): Syntax Error: Expected Name", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", CompositionErrorCodes.InvalidSubgraphName)]
    [InlineData("_", CompositionErrorCodes.InvalidSubgraphName)]
    [InlineData("catalog", CompositionErrorCodes.InvalidGraphQL)]
    public void Rejects_empty_reserved_and_duplicate_subgraph_names(string name, string code)
    {
        var result = SupergraphComposer.Compose(
        [
            new("catalog", "http://catalog", Federation + "\ntype Query { a: Int }"),
            new(name, "http://other", Federation + "\ntype Query { b: Int }"),
        ]);

        Assert.Equal(code, Assert.Single(result.Errors).Code);
        Assert.Null(result.Supergraph);
    }

    [Fact]
    public void Rejects_an_empty_list_of_subgraphs()
    {
        var result = SupergraphComposer.Compose([]);

        Assert.Equal(CompositionErrorCodes.NoQueries, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Names_every_subgraph_involved_in_an_error()
    {
        var result = SupergraphComposer.Compose(CompositionCase.Named("error-invalid-field-sharing").Subgraphs);

        var error = Assert.Single(result.Errors);
        Assert.Equal(CompositionErrorCodes.InvalidFieldSharing, error.Code);
        Assert.Equal(["products", "reviews"], error.Subgraphs);
        Assert.Contains("\"Product.name\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Composes_an_override_from_an_unknown_subgraph_but_hints_at_it()
    {
        var result = SupergraphComposer.Compose(CompositionCase.Named("override").Subgraphs);

        Assert.True(result.Succeeded);
        var hint = Assert.Single(result.Hints, h => h.Code == "FROM_SUBGRAPH_DOES_NOT_EXIST");
        Assert.Equal("Source subgraph \"legacy\" for field \"Game.warehouse\" on subgraph \"inventory\" does not exist.", hint.Message);
    }

    [Fact]
    public void Suggests_the_subgraph_an_override_probably_meant()
    {
        var result = SupergraphComposer.Compose(
        [
            new("catalog", "http://catalog", Federation.Replace("\"@shareable\"", "\"@override\"", StringComparison.Ordinal)
                + "\ntype Query { game: Game }\ntype Game @key(fields: \"id\") { id: ID! price: Float @override(from: \"pricng\") }"),
            new("pricing", "http://pricing", Federation + "\ntype Game @key(fields: \"id\") { id: ID! discount: Float }"),
        ]);

        Assert.True(result.Succeeded);
        Assert.EndsWith("does not exist. Did you mean \"pricing\"?", Assert.Single(result.Hints, h => h.Code == "FROM_SUBGRAPH_DOES_NOT_EXIST").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_the_unimported_FieldSet_scalar_GraphQL_NET_prints()
    {
        const string Sdl = """
            schema @link(url: "https://specs.apollo.dev/link/v1.0", import: ["@link"]) @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"]) {
              query: Query
            }

            directive @key(fields: FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
            directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA

            scalar FieldSet
            scalar link__Import
            enum link__Purpose { SECURITY EXECUTION }
            scalar _Any
            type _Service { sdl: String }
            union _Entity = Game

            type Query {
              game(id: ID!): Game
              _service: _Service!
              _entities(representations: [_Any!]!): [_Entity]!
            }

            type Game @key(fields: "id") {
              id: ID!
            }
            """;

        var result = SupergraphComposer.Compose([new("catalog", "http://catalog", Sdl)]);

        Assert.Empty(result.Errors);
        var normalized = SupergraphNormalizer.Normalize(result.Supergraph!);
        Assert.DoesNotContain("FieldSet ", normalized.Replace("join__FieldSet", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("_Service", normalized, StringComparison.Ordinal);
        Assert.DoesNotContain("Query._entities", normalized, StringComparison.Ordinal);
        Assert.Contains("Game @join__type(graph: CATALOG, key: \"id\")", normalized, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_federation_directives_it_does_not_compose()
    {
        var result = SupergraphComposer.Compose(
        [
            new("users", "http://users", """
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@authenticated"])
                type Query { me: String @authenticated }
                """),
        ]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(CompositionErrorCodes.UnsupportedFeature, error.Code);
        Assert.Equal("[users] The @authenticated federation directive is not supported by this composer.", error.Message);
    }

    [Fact]
    public void Reports_an_import_the_federation_version_does_not_define()
    {
        var result = SupergraphComposer.Compose(
        [
            new("users", "http://users", """
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key", "@interfaceObject"])
                type Query { me: String }
                """),
        ]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(CompositionErrorCodes.InvalidLinkDirectiveUsage, error.Code);
        Assert.Contains("\"@interfaceObject\"", error.Message, StringComparison.Ordinal);
    }
}
