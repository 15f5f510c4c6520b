using System.Text.Json.Nodes;
using GameLibrary.Federation.Planning.Nodes;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning;

/// <summary>
/// The plan of one operation of one document: pure data, reused for every request with that document and
/// operation (no per-request state).
/// </summary>
internal sealed class QueryPlan
{
    private readonly Lazy<string> _text;

    public QueryPlan(OperationType operationType, PlanNode? node)
    {
        OperationType = operationType;
        Node = node;
        _text = new Lazy<string>(() => QueryPlanPrinter.Print(Node));
    }

    /// <summary>The client operation's type.</summary>
    public OperationType OperationType { get; }

    /// <summary>The root node, or null when nothing has to be fetched (only introspection and root <c>__typename</c>).</summary>
    public PlanNode? Node { get; }

    /// <summary>The plan as JSON (Apollo's shape), for <c>extensions.queryPlan</c>.</summary>
    public JsonNode ToJson() => QueryPlanJson.Write(Node);

    /// <summary>The plan in Apollo's notation.</summary>
    public override string ToString() => _text.Value;
}
