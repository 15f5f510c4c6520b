using System.Text;

namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>
/// Prints plans in Apollo's query plan notation (stable, for snapshots and the CLI), plus our <c>Batch</c> node:
/// entity fetches sent as one request, each <c>Flatten</c> in it one <c>_entities</c> field, with several paths
/// when their fetches share it.
/// </summary>
internal static class QueryPlanPrinter
{
    /// <summary>Prints <c>QueryPlan { … }</c>.</summary>
    public static string Print(PlanNode? root)
    {
        var text = new StringBuilder("QueryPlan {\n");
        if (root is not null)
        {
            Node(root, text, 1);
        }

        return text.Append('}').ToString();
    }

    private static void Node(PlanNode node, StringBuilder text, int indent)
    {
        var pad = new string(' ', indent * 2);
        switch (node)
        {
            case SequenceNode sequence:
                text.Append(pad).Append("Sequence {\n");
                foreach (var child in sequence.Nodes)
                {
                    Node(child, text, indent + 1);
                }

                text.Append(pad).Append("},\n");
                break;
            case ParallelNode parallel:
                text.Append(pad).Append("Parallel {\n");
                foreach (var child in parallel.Nodes)
                {
                    Node(child, text, indent + 1);
                }

                text.Append(pad).Append("},\n");
                break;
            case FlattenNode flatten:
                text.Append(pad).Append("Flatten(path: \"").Append(string.Join('.', flatten.Path)).Append("\") {\n");
                Node(flatten.Node, text, indent + 1);
                text.Append(pad).Append("},\n");
                break;
            case BatchNode batch:
                text.Append(pad).Append("Batch(service: \"").Append(batch.ServiceName).Append("\") {\n");
                foreach (var entry in batch.Entries)
                {
                    text.Append(pad).Append("  Flatten(");
                    if (entry.Paths.Count == 1)
                    {
                        text.Append("path: \"").Append(string.Join('.', entry.Paths[0])).Append('"');
                    }
                    else
                    {
                        text.Append("paths: [").AppendJoin(", ", entry.Paths.Select(p => $"\"{string.Join('.', p)}\"")).Append(']');
                    }

                    text.Append(") {\n");
                    Node(entry.Fetch, text, indent + 2);
                    text.Append(pad).Append("  },\n");
                }

                text.Append(pad).Append("},\n");
                break;
            case FetchNode fetch:
                text.Append(pad).Append("Fetch(service: \"").Append(fetch.ServiceName).Append("\") {\n");
                if (fetch.RequiresText is not null)
                {
                    Block(fetch.RequiresText, text, indent + 1, " =>");
                }

                Block(fetch.SelectionText, text, indent + 1, string.Empty);
                text.Append(pad).Append("},\n");
                break;
            case ConditionNode condition:
                text.Append(pad).Append(condition.IfClause is null ? "Skip" : "Include").Append("(if: $").Append(condition.Condition).Append(") {\n");
                Node(condition.IfClause ?? condition.ElseClause!, text, indent + 1);
                text.Append(pad).Append("},\n");
                break;
            case SubscriptionNode subscription:
                text.Append(pad).Append("Subscription {\n");
                text.Append(pad).Append("  Primary: {\n");
                Node(subscription.Primary, text, indent + 2);
                text.Append(pad).Append("  },\n");
                if (subscription.Rest is not null)
                {
                    text.Append(pad).Append("  Rest: {\n");
                    Node(subscription.Rest, text, indent + 2);
                    text.Append(pad).Append("  },\n");
                }

                text.Append(pad).Append("},\n");
                break;
        }
    }

    private static void Block(string block, StringBuilder text, int indent, string suffix)
    {
        var lines = block.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            text.Append(' ', indent * 2).Append(lines[i]);
            if (i == lines.Length - 1)
            {
                text.Append(suffix);
            }

            text.Append('\n');
        }
    }
}
