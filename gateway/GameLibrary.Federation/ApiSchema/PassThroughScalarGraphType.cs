using GraphQL.Types;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Api;

/// <summary>
/// A custom scalar of the API schema as GraphQL.NET sees it: every literal and value is accepted and kept
/// as is (the subgraph that owns the scalar validates it), and a literal default value prints back
/// unchanged in introspection. Replaces GraphQL.NET's own scalars of the same name (Date, Long, …),
/// whose rules would otherwise apply to scalars the gateway does not own.
/// </summary>
internal sealed class PassThroughScalarGraphType : ScalarGraphType
{
    public PassThroughScalarGraphType(string name, string? description, string? specifiedByUrl)
    {
        Name = name;
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary>The scalar's <c>@specifiedBy(url:)</c>, answered as <c>__Type.specifiedByURL</c>.</summary>
    public string? SpecifiedByUrl { get; }

    /// <inheritdoc />
    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : value;

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value;

    /// <inheritdoc />
    public override object? Serialize(object? value) => value;

    /// <inheritdoc />
    public override bool CanParseLiteral(GraphQLValue value) => true;

    /// <inheritdoc />
    public override bool CanParseValue(object? value) => true;

    /// <inheritdoc />
    public override bool IsValidDefault(object value) => true;

    /// <inheritdoc />
    public override GraphQLValue ToAST(object? value) => value as GraphQLValue ?? new GraphQLNullValue();
}
