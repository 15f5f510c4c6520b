using System.Collections.Frozen;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// Counts an operation's selections (fields, inline fragments, spreads) as if every fragment spread were replaced by
/// its fragment, working each fragment's count out once, so fragments that each spread the next twice (2^n
/// expansions, which field collection and merging would otherwise walk one by one) cost a pass over the text. Counts
/// saturate just past the limit. A spread of an unknown fragment or one in a cycle counts 1 here (validation reports
/// them). Nesting is already bounded by the depth limits, so the recursion is too.
/// </summary>
internal sealed class ExpandedSelections(FrozenDictionary<string, GraphQLFragmentDefinition> fragments, int limit)
{
    private readonly Dictionary<string, long> _fragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _measuring = new(StringComparer.Ordinal);

    /// <summary>The selection set's expanded count, at most the limit + 1.</summary>
    public long Of(GraphQLSelectionSet selectionSet)
    {
        long count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            count += 1 + selection switch
            {
                GraphQLField { SelectionSet: { } children } => Of(children),
                GraphQLInlineFragment inline => Of(inline.SelectionSet),
                GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                _ => 0,
            };
            if (count > limit)
            {
                return limit + 1L;
            }
        }

        return count;
    }

    private long Fragment(string name)
    {
        if (_fragments.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!fragments.TryGetValue(name, out var fragment) || !_measuring.Add(name))
        {
            return 0;
        }

        var count = Of(fragment.SelectionSet);
        _measuring.Remove(name);
        _fragments[name] = count;
        return count;
    }
}
