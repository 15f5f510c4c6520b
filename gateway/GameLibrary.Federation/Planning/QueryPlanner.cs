using GameLibrary.Federation.Planning.Selections;
using GameLibrary.Federation.Supergraph;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning;

/// <summary>
/// Plans operations against a supergraph. Thread-safe: the supergraph view is immutable and each
/// <see cref="Plan"/> call works on its own state; callers cache the resulting plans.
/// </summary>
internal sealed class QueryPlanner
{
    private readonly SubgraphCapabilities _capabilities;
    private readonly EntityFetchBatching _batching;

    /// <summary>A planner for <paramref name="schema"/>; <paramref name="batching"/> null batches for every subgraph.</summary>
    public QueryPlanner(SupergraphSchema schema, EntityFetchBatching? batching = null)
    {
        _capabilities = new SubgraphCapabilities(schema);
        _batching = batching ?? EntityFetchBatching.Everywhere;
    }

    /// <summary>
    /// Plans one operation of a document already validated against the API schema. Root <c>__schema</c>,
    /// <c>__type</c> and <c>__typename</c> are left to the gateway. Throws <see cref="QueryPlanningException"/>
    /// when the supergraph cannot serve a selection.
    /// </summary>
    public QueryPlan Plan(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var selections = new SelectionNormalizer(document).Normalize(operation.SelectionSet);
        var context = new QueryPlanningContext(_capabilities, operation.Operation);
        context.PlanOperation(selections);
        var node = PlanScheduler.Build(context, operation.Operation, new FetchNodeFactory(operation, _capabilities.Schema), _batching);
        return new QueryPlan(operation.Operation, node);
    }
}
