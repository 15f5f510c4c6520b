using System.Runtime.CompilerServices;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// Measures how deeply an operation nests field selections, following fragment spreads, and how long its
/// longest chain of nested fragment spreads is. Each fragment is measured once; cycles count as nothing
/// here (validation reports them).
/// </summary>
internal sealed class SelectionDepth
{
    private readonly IReadOnlyDictionary<string, GraphQLFragmentDefinition> _fragments;
    private readonly Dictionary<string, Measurement> _fragmentDepths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    private SelectionDepth(IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments) => _fragments = fragments;

    /// <summary>
    /// Measures a selection set. Throws <see cref="InsufficientExecutionStackException"/> when fragment
    /// chains are too long to follow on this thread's stack.
    /// </summary>
    public static Measurement Measure(GraphQLSelectionSet selectionSet, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments) =>
        new SelectionDepth(fragments).Of(selectionSet);

    private Measurement Of(GraphQLSelectionSet selectionSet)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var result = default(Measurement);
        foreach (var selection in selectionSet.Selections)
        {
            var candidate = selection switch
            {
                GraphQLField { SelectionSet: null } leaf => new Measurement(1, leaf, 0),
                GraphQLField field => Of(field.SelectionSet) is var inner ? new Measurement(inner.Depth + 1, inner.Deepest ?? field, inner.SpreadDepth) : default,
                GraphQLInlineFragment inline => Of(inline.SelectionSet),
                GraphQLFragmentSpread spread => OfFragment(spread.FragmentName.Name.StringValue) is var fragment ? fragment with { SpreadDepth = fragment.SpreadDepth + 1 } : default,
                _ => default,
            };
            result = new Measurement(
                Math.Max(result.Depth, candidate.Depth),
                candidate.Depth > result.Depth ? candidate.Deepest : result.Deepest,
                Math.Max(result.SpreadDepth, candidate.SpreadDepth));
        }

        return result;
    }

    private Measurement OfFragment(string name)
    {
        if (_fragmentDepths.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
        {
            return default;
        }

        var measurement = Of(fragment.SelectionSet);
        _inProgress.Remove(name);
        _fragmentDepths[name] = measurement;
        return measurement;
    }

    /// <summary>A selection set's measurements.</summary>
    /// <param name="Depth">Deepest nesting of fields (a leaf field alone is 1).</param>
    /// <param name="Deepest">The innermost field of a deepest path.</param>
    /// <param name="SpreadDepth">Longest chain of fragment spreads nested in one another.</param>
    internal readonly record struct Measurement(int Depth, GraphQLField? Deepest, int SpreadDepth);
}
