namespace GameLibrary.Federation.Execution;

/// <summary>
/// The children <see cref="SubgraphJsonReader"/> has read for the objects and lists it is inside, kept as one stack
/// per thread, so each object and list is made once its size is known, in an array of exactly that size (a
/// collection filled one child at a time grows and copies its storage two or three times). Parsing is synchronous
/// and containers are built one at a time, so one instance per thread serves every depth.
/// </summary>
internal sealed class ParsedChildren
{
    /// <summary>An object of this many properties or more is checked for repeated names with a set, not pairwise.</summary>
    private const int HashedCheckFrom = 16;

    [ThreadStatic]
    private static ParsedChildren? t_current;

    private ResultProperty[] _properties = new ResultProperty[64];
    private ResultValue[] _items = new ResultValue[64];
    private HashSet<string>? _names;

    private ParsedChildren()
    {
    }

    /// <summary>The number of properties read so far (an object's first property goes at this index).</summary>
    public int PropertyCount { get; private set; }

    /// <summary>The number of list items read so far (a list's first item goes at this index).</summary>
    public int ItemCount { get; private set; }

    /// <summary>The thread's instance.</summary>
    public static ParsedChildren ForThread() => t_current ??= new ParsedChildren();

    /// <summary>Adds a property of the object being read.</summary>
    public void AddProperty(string name, ResultValue value)
    {
        if (PropertyCount == _properties.Length)
        {
            Array.Resize(ref _properties, _properties.Length * 2);
        }

        _properties[PropertyCount++] = new ResultProperty(name, value);
    }

    /// <summary>Adds an item of the list being read.</summary>
    public void AddItem(ResultValue value)
    {
        if (ItemCount == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[ItemCount++] = value;
    }

    /// <summary>
    /// Builds the object of the properties from <paramref name="start"/> on and takes them off the stack; null when a
    /// name appears twice (JSON objects used as GraphQL results must not repeat one).
    /// </summary>
    public ResultObject? TakeObject(int start)
    {
        var run = _properties.AsSpan(start, PropertyCount - start);
        try
        {
            return HasRepeatedName(run) ? null : new ResultObject(run.ToArray());
        }
        finally
        {
            // Not kept alive by the stack (values of a failed parse included).
            run.Clear();
            PropertyCount = start;
        }
    }

    /// <summary>Builds the list of the items from <paramref name="start"/> on and takes them off the stack.</summary>
    public ResultList TakeList(int start)
    {
        var run = _items.AsSpan(start, ItemCount - start);
        var list = new ResultList(run.ToArray());
        run.Clear();
        ItemCount = start;
        return list;
    }

    /// <summary>Drops everything read (after a failed parse, whose values are not taken).</summary>
    public void Clear()
    {
        Array.Clear(_properties, 0, PropertyCount);
        Array.Clear(_items, 0, ItemCount);
        PropertyCount = ItemCount = 0;
    }

    private bool HasRepeatedName(ReadOnlySpan<ResultProperty> run)
    {
        if (run.Length < HashedCheckFrom)
        {
            for (var i = 1; i < run.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(run[i].Key, run[j].Key, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        _names ??= new HashSet<string>(StringComparer.Ordinal);
        _names.Clear();
        foreach (var property in run)
        {
            if (!_names.Add(property.Key))
            {
                return true;
            }
        }

        return false;
    }
}
