namespace GameLibrary.Federation.Composition.Merging;

/// <summary>
/// Builds Apollo's "it has X in subgraph "a" but Y in subgraphs "b" and "c"" messages: the subgraphs are grouped by
/// what they have, the group matching the supergraph first.
/// </summary>
internal static class MismatchReporter
{
    /// <summary>The groups: the supergraph's value first, then the others in order of appearance.</summary>
    private static List<(string Value, List<string> Subgraphs)> Distribution<T>(
        Sources<T> sources,
        IReadOnlyList<string> subgraphNames,
        Func<T, string> accessor,
        string supergraphValue)
        where T : class
    {
        var groups = new List<(string Value, List<string> Subgraphs)>();
        foreach (var (index, element) in sources.Present)
        {
            var value = accessor(element);
            var group = groups.FindIndex(g => g.Value == value);
            if (group < 0)
            {
                groups.Add((value, [subgraphNames[index]]));
            }
            else
            {
                groups[group].Subgraphs.Add(subgraphNames[index]);
            }
        }

        var first = groups.FindIndex(g => g.Value == supergraphValue);
        var ordered = new List<(string Value, List<string> Subgraphs)> { first < 0 ? (supergraphValue, []) : groups[first] };
        ordered.AddRange(groups.Where((_, i) => i != first));
        return ordered;
    }

    /// <summary>
    /// "&lt;message&gt;X in subgraph "a" but Y in subgraph "b"": Apollo's <c>reportMismatchError</c>; returns the subgraphs involved too.
    /// </summary>
    public static (string Message, List<string> Subgraphs) Error<T>(
        string message,
        Sources<T> sources,
        IReadOnlyList<string> subgraphNames,
        Func<T, string> accessor,
        string supergraphValue)
        where T : class
    {
        var distribution = Distribution(sources, subgraphNames, accessor, supergraphValue)
            .Select(g => g.Subgraphs.Count == 0 ? $"{g.Value} in " : $"{g.Value} in {HumanReadable.Subgraphs(g.Subgraphs)}")
            .ToList();
        return (message + distribution[0] + " but " + string.Join(" and ", distribution.Skip(1)), sources.Present.Select(p => subgraphNames[p.Index]).ToList());
    }
}
