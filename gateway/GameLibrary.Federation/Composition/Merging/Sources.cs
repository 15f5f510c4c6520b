namespace GameLibrary.Federation.Composition.Merging;

/// <summary>
/// The counterparts of one supergraph element in the subgraphs, by subgraph index (in subgraph order). A subgraph can
/// be listed without an element (it has the parent type but not this field), which matters to some rules.
/// </summary>
internal sealed class Sources<T>
    where T : class
{
    private readonly SortedDictionary<int, T?> entries = [];

    public Sources(IEnumerable<KeyValuePair<int, T?>> entries)
    {
        foreach (var (index, element) in entries)
        {
            this.entries[index] = element;
        }
    }

    /// <summary>Every listed subgraph, with or without an element.</summary>
    public IEnumerable<KeyValuePair<int, T?>> Entries => entries;

    /// <summary>The subgraphs that have an element.</summary>
    public IEnumerable<(int Index, T Element)> Present =>
        entries.Where(e => e.Value is not null).Select(e => (e.Key, e.Value!));

    public T? this[int index]
    {
        get => entries.GetValueOrDefault(index);
        set => entries[index] = value;
    }

    public bool Lists(int index) => entries.ContainsKey(index);

    public bool Any() => entries.Values.Any(e => e is not null);

    public Sources<TOther> Map<TOther>(Func<T, TOther?> map)
        where TOther : class =>
        new(entries.Select(e => KeyValuePair.Create(e.Key, e.Value is null ? null : map(e.Value))));
}
