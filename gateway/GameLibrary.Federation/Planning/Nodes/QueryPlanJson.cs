using System.Text.Json.Nodes;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>Writes plans as JSON in the shape Apollo uses for <c>extensions.queryPlan</c>.</summary>
internal static class QueryPlanJson
{
    /// <summary>The plan as <c>{"kind":"QueryPlan","node":…}</c>.</summary>
    public static JsonObject Write(PlanNode? root) => new()
    {
        ["kind"] = "QueryPlan",
        ["node"] = root is null ? null : Node(root),
    };

    private static JsonObject Node(PlanNode node) => node switch
    {
        SequenceNode sequence => new JsonObject { ["kind"] = "Sequence", ["nodes"] = Nodes(sequence.Nodes) },
        ParallelNode parallel => new JsonObject { ["kind"] = "Parallel", ["nodes"] = Nodes(parallel.Nodes) },
        FlattenNode flatten => new JsonObject
        {
            ["kind"] = "Flatten",
            ["path"] = new JsonArray([.. flatten.Path.Select(p => (JsonNode)JsonValue.Create(p))]),
            ["node"] = Node(flatten.Node),
        },
        BatchNode batch => Batch(batch),
        FetchNode fetch => Fetch(fetch),
        ConditionNode condition => new JsonObject
        {
            ["kind"] = "Condition",
            ["condition"] = condition.Condition,
            ["ifClause"] = condition.IfClause is null ? null : Node(condition.IfClause),
            ["elseClause"] = condition.ElseClause is null ? null : Node(condition.ElseClause),
        },
        SubscriptionNode subscription => new JsonObject
        {
            ["kind"] = "Subscription",
            ["primary"] = Node(subscription.Primary),
            ["rest"] = subscription.Rest is null ? null : Node(subscription.Rest),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "unknown plan node"),
    };

    private static JsonArray Nodes(IReadOnlyList<PlanNode> nodes) => new([.. nodes.Select(n => (JsonNode)Node(n))]);

    /// <summary>
    /// Not an Apollo node: <c>operation</c> is what is sent when several entries have representations, and each
    /// entry is a <c>Flatten</c> with its <c>responseKey</c> in that operation and one path, or <c>paths</c>.
    /// </summary>
    private static JsonObject Batch(BatchNode batch)
    {
        var json = new JsonObject
        {
            ["kind"] = "Batch",
            ["serviceName"] = batch.ServiceName,
            ["variableUsages"] = Strings(batch.VariableUsages),
            ["operation"] = batch.Operation,
            ["operationKind"] = "query",
        };
        if (batch.OperationName is not null)
        {
            json["operationName"] = batch.OperationName;
        }

        json["nodes"] = new JsonArray([.. batch.Entries.Select(e =>
        {
            var flatten = new JsonObject { ["kind"] = "Flatten", ["responseKey"] = e.ResponseKey };
            if (e.Paths.Count == 1)
            {
                flatten["path"] = Strings(e.Paths[0]);
            }
            else
            {
                flatten["paths"] = new JsonArray([.. e.Paths.Select(p => (JsonNode)Strings(p))]);
            }

            flatten["node"] = Fetch(e.Fetch);
            return (JsonNode)flatten;
        })]);
        return json;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    private static JsonObject Fetch(FetchNode fetch)
    {
        var json = new JsonObject
        {
            ["kind"] = "Fetch",
            ["serviceName"] = fetch.ServiceName,
            ["variableUsages"] = new JsonArray([.. fetch.VariableUsages.Select(v => (JsonNode)JsonValue.Create(v))]),
            ["operation"] = fetch.Operation,
            ["operationKind"] = fetch.OperationKind switch
            {
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => "query",
            },
        };
        if (fetch.OperationName is not null)
        {
            json["operationName"] = fetch.OperationName;
        }

        if (fetch.Requires is not null)
        {
            json["requires"] = new JsonArray([.. fetch.Requires.Select(r => (JsonNode)Input(r))]);
            var rewrites = fetch.Requires.Where(r => r.TypenameRewrite is not null).ToList();
            if (rewrites.Count > 0)
            {
                json["inputRewrites"] = new JsonArray([.. rewrites.Select(r => (JsonNode)new JsonObject
                {
                    ["kind"] = "ValueSetter",
                    ["path"] = new JsonArray("... on " + r.TypeCondition, "__typename"),
                    ["setValueTo"] = r.TypenameRewrite,
                })]);
            }
        }

        return json;
    }

    private static JsonObject Input(InputNode node) => node switch
    {
        InputField field => field.Selections is null
            ? new JsonObject { ["kind"] = "Field", ["name"] = field.Name }
            : new JsonObject { ["kind"] = "Field", ["name"] = field.Name, ["selections"] = new JsonArray([.. field.Selections.Select(s => (JsonNode)Input(s))]) },
        InputFragment fragment => new JsonObject
        {
            ["kind"] = "InlineFragment",
            ["typeCondition"] = fragment.TypeCondition,
            ["selections"] = new JsonArray([.. fragment.Selections.Select(s => (JsonNode)Input(s))]),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "unknown input node"),
    };
}
