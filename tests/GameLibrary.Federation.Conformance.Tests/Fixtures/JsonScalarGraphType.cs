using GraphQL.Types;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>
/// <c>_Any</c> and every custom scalar of a fixture subgraph: any JSON value in and out, unchanged. Input values
/// arrive as <see cref="System.Text.Json.Nodes.JsonNode"/>s whether they came as variables or literals.
/// </summary>
internal sealed class JsonScalarGraphType : ScalarGraphType
{
    public JsonScalarGraphType(string name)
    {
        Name = name;
    }

    public override object? ParseValue(object? value) => FixtureJson.FromClr(value);

    public override object? ParseLiteral(GraphQLValue value) => FixtureJson.FromLiteral(value);

    public override object? Serialize(object? value) => value;
}
