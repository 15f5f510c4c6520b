using GameLibrary.Federation.Planning;
using GameLibrary.Federation.Supergraph;
using GraphQLParser;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Tests.Planning;

/// <summary>Plans an operation text against a supergraph.</summary>
internal static class PlanAssert
{
    public static QueryPlan Plan(SupergraphSchema schema, string query, string? operationName = null)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>()
            .Single(o => operationName is null || o.Name?.StringValue == operationName);
        return new QueryPlanner(schema).Plan(document, operation);
    }
}
