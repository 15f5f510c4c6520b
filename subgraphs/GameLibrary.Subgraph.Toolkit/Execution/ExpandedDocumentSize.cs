using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>
/// The size of an operation once its fragment spreads are replaced by their fragments: its own nodes plus, for each
/// spread, the expanded size of the fragment. Each fragment's size is worked out once (memoised), so the cost is
/// linear in the document even when the expansion is exponential (fragments each spreading the next one twice), which
/// GraphQL.NET's validation rules walk spread by spread. A spread of an unknown fragment or one inside a cycle counts
/// nothing here: the validation rules report those.
/// </summary>
internal static class ExpandedDocumentSize
{
    /// <summary>The operation's expanded size, or <paramref name="limit"/> + 1 as soon as it is known to be over it.</summary>
    public static async ValueTask<long> OfAsync(GraphQLDocument document, GraphQLOperationDefinition operation, long limit, CancellationToken cancellationToken)
    {
        Dictionary<string, Definition> fragments = new(StringComparer.Ordinal);
        foreach (ASTNode node in document.Definitions)
        {
            if (node is GraphQLFragmentDefinition fragment)
            {
                fragments.TryAdd(fragment.FragmentName.Name.StringValue, await Definition.MeasureAsync(fragment, cancellationToken).ConfigureAwait(false));
            }
        }

        Dictionary<string, long> sizes = new(StringComparer.Ordinal);
        HashSet<string> inProgress = new(StringComparer.Ordinal);
        Definition root = await Definition.MeasureAsync(operation, cancellationToken).ConfigureAwait(false);
        return Expand(root);

        long Expand(Definition definition)
        {
            long size = definition.Nodes;
            foreach (string spread in definition.Spreads)
            {
                size = Math.Min(limit + 1, size + SizeOf(spread));
            }

            return size;
        }

        long SizeOf(string name)
        {
            if (sizes.TryGetValue(name, out long known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out Definition? fragment) || !inProgress.Add(name))
            {
                return 0;
            }

            long size = Expand(fragment);
            inProgress.Remove(name);
            sizes[name] = size;
            return size;
        }
    }

    /// <summary>A definition's own nodes and the names of the fragments it spreads (once per spread).</summary>
    private sealed class Definition(CancellationToken cancellationToken) : IASTVisitorContext
    {
        public long Nodes { get; set; }

        public List<string> Spreads { get; } = [];

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public static async ValueTask<Definition> MeasureAsync(ASTNode definition, CancellationToken cancellationToken)
        {
            Definition measured = new(cancellationToken);
            await Measurer.Instance.VisitAsync(definition, measured).ConfigureAwait(false);
            return measured;
        }
    }

    private sealed class Measurer : ASTVisitor<Definition>
    {
        public static Measurer Instance { get; } = new();

        public override ValueTask VisitAsync(ASTNode? node, Definition context)
        {
            if (node is null)
            {
                return default;
            }

            context.Nodes++;
            if (node is GraphQLFragmentSpread spread)
            {
                context.Spreads.Add(spread.FragmentName.Name.StringValue);
            }

            return base.VisitAsync(node, context);
        }
    }
}
