namespace GameLibrary.Federation.Planning.Selections;

/// <summary>An immutable list of selections; its identity keys the planner's memo tables.</summary>
internal sealed class SelectionList
{
    public SelectionList(IReadOnlyList<Selection> items)
    {
        Items = items;
    }

    /// <summary>The selections, in document order.</summary>
    public IReadOnlyList<Selection> Items { get; }

    /// <summary>Concatenates lists (merging several provided or client selections of one field).</summary>
    public static SelectionList? Concat(SelectionList? first, SelectionList? second)
    {
        if (first is null || first.Items.Count == 0)
        {
            return second;
        }

        if (second is null || second.Items.Count == 0)
        {
            return first;
        }

        return new SelectionList([.. first.Items, .. second.Items]);
    }
}
