using GameLibrary.Federation.Api;

using GraphQLParser;

namespace GameLibrary.Federation.Tests.Api;

public sealed class BrokenSupergraphTests
{
    private const string Header = """
        schema
          @link(url: "https://specs.apollo.dev/link/v1.0")
          @link(url: "https://specs.apollo.dev/inaccessible/v0.2", for: SECURITY)
        {
          query: Query
        }

        directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
        directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
        scalar link__Import
        enum link__Purpose { SECURITY EXECUTION }

        """;

    private static string Fail(string sdl) =>
        Assert.Throws<SupergraphException>(() => ApiSchema.Build(Parser.Parse(sdl))).Message;

    [Fact]
    public void A_schema_without_links_is_not_a_supergraph()
    {
        Assert.Contains("not a supergraph", Fail("type Query { a: Int }"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_link_url_is_named()
    {
        var message = Fail(Header.Replace("inaccessible/v0.2\"", "inaccessible/v0.2\")\n @link(url: \"not a url\"", StringComparison.Ordinal) + "type Query { a: Int }");

        Assert.Contains("invalid url \"not a url\"", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type Query { a: Int secret: Secret } type Secret @inaccessible { b: Int }", "Query.secret is in the API schema but its type Secret is not")]
    [InlineData("type Query { a(arg: Hidden): Int } input Hidden @inaccessible { b: Int }", "Query.a(arg:) is in the API schema but its type Hidden is not")]
    [InlineData("type Query { u: U } union U = A | B type A @inaccessible { a: Int } type B @inaccessible { b: Int }", "Union U has no member left")]
    [InlineData("type Query { a(x: Int! @inaccessible): Int }", "The required argument Query.a(x:) is @inaccessible")]
    [InlineData("type Query { a: Int } input I { x: Int! @inaccessible } ", "The required input field I.x is @inaccessible")]
    [InlineData("type Query { a: Nope }", "Query.a references the unknown type Nope")]
    [InlineData("type Query { a: Int } extend type Query { b: Int }", "extends type Query")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "defines type Query twice")]
    [InlineData("type Query @inaccessible { a: Int }", "The query root type Query is @inaccessible")]
    [InlineData("type Mutation { a: Int }", "The query root type Query is not defined")]
    [InlineData("schema { query: Root } type Query { a: Int }", "The query root type Root is not defined")]
    [InlineData("type Query { a(e: E = B): Int } enum E { A B @inaccessible }", "uses the enum value E.B, which is not in the API schema")]
    [InlineData("type Query { a(i: I = { x: 1 }): Int } input I { x: Int @inaccessible y: Int }", "sets the input field I.x, which is not in the API schema")]
    [InlineData("type Query { n: Node } interface Node { id: ID } type T implements Node { id: ID @inaccessible x: Int }", "Node.id is in the API schema but T.id, which implements it, is @inaccessible")]
    [InlineData("type Query { a: Int t: T } type T { x: Int @inaccessible }", "Type T has no field left")]
    [InlineData("type Query { a: Int e: E } enum E { A @inaccessible }", "Enum E has no value left")]
    [InlineData("type Query { a: Int } query Q { a }", "operation or fragment")]
    public void Broken_supergraphs_are_rejected_naming_the_problem(string body, string expected)
    {
        Assert.Contains(expected, Fail(Header + body), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_schema_for_graphql_net_is_reported_as_a_supergraph_problem()
    {
        var message = Fail(Header + "type Query { a: Int } interface I { x: Int } type T implements I { x: String }");

        Assert.StartsWith("The API schema derived from the supergraph is not a valid GraphQL schema", message, StringComparison.Ordinal);
    }
}
