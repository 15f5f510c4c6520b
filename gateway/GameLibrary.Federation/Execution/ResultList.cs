namespace GameLibrary.Federation.Execution;

/// <summary>A list of the result store (ADR 0017): its items in one array of its length (lists never grow; merges replace items).</summary>
internal sealed class ResultList
{
    private readonly ResultValue[] _items;

    /// <summary>A list of the given items (the array is taken, not copied).</summary>
    public ResultList(ResultValue[] items) => _items = items;

    /// <summary>The number of items.</summary>
    public int Count => _items.Length;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public ResultValue this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    /// <summary>A copy whose objects and lists are new, down to the leaves (which are shared).</summary>
    public ResultList DeepClone()
    {
        var items = new ResultValue[_items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = _items[i].DeepClone();
        }

        return new ResultList(items);
    }
}
