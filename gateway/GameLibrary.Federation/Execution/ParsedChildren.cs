using System.Collections;
using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// The children <see cref="SubgraphJsonReader"/> has read for the objects and lists it is inside, kept as one stack
/// per thread, so each node is made once its size is known: a <see cref="JsonObject"/> or <see cref="JsonArray"/>
/// filled one child at a time grows (and copies) its storage two or three times, and those copies and the garbage
/// they leave were the largest cost of reading an answer. It is also the collection (and its own enumerator) a
/// <see cref="JsonObject"/> is built from: the constructor sizes the object by <see cref="Count"/>, and enumerating
/// allocates nothing. Parsing is synchronous and nodes are built one at a time, so one instance per thread serves
/// every depth.
/// </summary>
internal sealed class ParsedChildren : ICollection<KeyValuePair<string, JsonNode?>>, IEnumerator<KeyValuePair<string, JsonNode?>>
{
    [ThreadStatic]
    private static ParsedChildren? t_current;

    private KeyValuePair<string, JsonNode?>[] _properties = new KeyValuePair<string, JsonNode?>[64];
    private JsonNode?[] _items = new JsonNode?[64];

    // The run of properties the next object is built from, and the enumerator's position in it.
    private int _runStart;
    private int _runEnd;
    private int _position;

    private ParsedChildren()
    {
    }

    /// <summary>The number of properties read so far (an object's first property goes at this index).</summary>
    public int PropertyCount { get; private set; }

    /// <summary>The number of list items read so far (a list's first item goes at this index).</summary>
    public int ItemCount { get; private set; }

    /// <inheritdoc />
    public int Count => _runEnd - _runStart;

    /// <inheritdoc />
    public bool IsReadOnly => true;

    /// <inheritdoc />
    public KeyValuePair<string, JsonNode?> Current => _properties[_position];

    object IEnumerator.Current => Current;

    /// <summary>The thread's instance.</summary>
    public static ParsedChildren ForThread() => t_current ??= new ParsedChildren();

    /// <summary>Adds a property of the object being read.</summary>
    public void AddProperty(string name, JsonNode? value)
    {
        if (PropertyCount == _properties.Length)
        {
            Array.Resize(ref _properties, _properties.Length * 2);
        }

        _properties[PropertyCount++] = new KeyValuePair<string, JsonNode?>(name, value);
    }

    /// <summary>Adds an item of the list being read.</summary>
    public void AddItem(JsonNode? value)
    {
        if (ItemCount == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[ItemCount++] = value;
    }

    /// <summary>Builds the object of the properties from <paramref name="start"/> on and takes them off the stack.</summary>
    public JsonObject TakeObject(int start)
    {
        _runStart = start;
        _runEnd = PropertyCount;
        _position = start - 1;
        try
        {
            return new JsonObject(this);
        }
        finally
        {
            // Not kept alive by the stack (nodes of a failed parse included).
            Array.Clear(_properties, start, PropertyCount - start);
            PropertyCount = start;
            _runStart = _runEnd = 0;
        }
    }

    /// <summary>Builds the list of the items from <paramref name="start"/> on and takes them off the stack.</summary>
    public JsonArray TakeArray(int start)
    {
        try
        {
            return new JsonArray(_items.AsSpan(start, ItemCount - start));
        }
        finally
        {
            Array.Clear(_items, start, ItemCount - start);
            ItemCount = start;
        }
    }

    /// <summary>Drops everything read (after a failed parse, whose nodes are not taken).</summary>
    public void Clear()
    {
        Array.Clear(_properties, 0, PropertyCount);
        Array.Clear(_items, 0, ItemCount);
        PropertyCount = ItemCount = 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonNode?>> GetEnumerator() => this;

    IEnumerator IEnumerable.GetEnumerator() => this;

    /// <inheritdoc />
    public bool MoveNext() => ++_position < _runEnd;

    /// <inheritdoc />
    public void Reset() => _position = _runStart - 1;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <inheritdoc />
    public void CopyTo(KeyValuePair<string, JsonNode?>[] array, int arrayIndex) => Array.Copy(_properties, _runStart, array, arrayIndex, Count);

    /// <inheritdoc />
    public bool Contains(KeyValuePair<string, JsonNode?> item) => throw new NotSupportedException();

    /// <inheritdoc />
    public void Add(KeyValuePair<string, JsonNode?> item) => throw new NotSupportedException();

    /// <inheritdoc />
    public bool Remove(KeyValuePair<string, JsonNode?> item) => throw new NotSupportedException();
}
