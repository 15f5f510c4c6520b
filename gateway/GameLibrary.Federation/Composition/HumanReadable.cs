namespace GameLibrary.Federation.Composition;

/// <summary>Lists as Apollo's messages print them: <c>subgraphs "a", "b" and "c"</c>.</summary>
internal static class HumanReadable
{
    private const int CutoffLength = 100;

    /// <summary><c>subgraph "a"</c>, <c>subgraphs "a" and "b"</c>.</summary>
    public static string Subgraphs(IEnumerable<string> names) => List(names.Select(n => $"\"{n}\"").ToList(), "subgraph", "subgraphs");

    /// <summary><c>type "A"</c>, <c>types "A" and "B"</c>.</summary>
    public static string Types(IEnumerable<string> names) => List(names.Select(n => $"\"{n}\"").ToList(), "type", "types");

    public static string List(IReadOnlyList<string> items, string prefix, string prefixPlural, int cutoff = CutoffLength)
    {
        if (items.Count == 0)
        {
            return "";
        }

        if (items.Count == 1)
        {
            return $"{prefix} {items[0]}";
        }

        var shown = 0;
        var length = 0;
        foreach (var item in items)
        {
            length += item.Length;
            if (length <= cutoff)
            {
                shown++;
            }
        }

        var displayed = items.Take(Math.Max(1, shown)).ToList();
        return displayed.Count == items.Count
            ? $"{prefixPlural} {Join(displayed, ", ", " and ")}"
            : $"{prefixPlural} {Join(displayed, ", ", ", ")}, ...";
    }

    /// <summary>Joins with <paramref name="separator"/>, using <paramref name="lastSeparator"/> before the last item.</summary>
    public static string Join(IReadOnlyList<string> items, string separator, string lastSeparator) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(separator, items.Take(items.Count - 1)) + lastSeparator + items[^1],
    };
}
