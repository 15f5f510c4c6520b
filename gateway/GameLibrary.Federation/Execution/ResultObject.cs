namespace GameLibrary.Federation.Execution;

/// <summary>
/// An object of the result store (ADR 0017): its properties as an array of (response key, value) slots in the order
/// they were read or merged, without a dictionary. Subgraph objects have a few properties each and the completion
/// walk finds most by position, so a linear search is what a hash look-up would cost, without its storage.
/// Not thread-safe: the executor reads and merges under its data lock.
/// </summary>
internal sealed class ResultObject
{
    private ResultProperty[] _properties;

    /// <summary>An empty object.</summary>
    public ResultObject() => _properties = [];

    /// <summary>An object of the given properties (the array is taken, not copied; its keys are distinct).</summary>
    public ResultObject(ResultProperty[] properties)
    {
        _properties = properties;
        Count = properties.Length;
    }

    /// <summary>The number of properties.</summary>
    public int Count { get; private set; }

    /// <summary>The property at <paramref name="index"/>.</summary>
    public ref readonly ResultProperty GetAt(int index) => ref _properties[index];

    /// <summary>The index of the property named <paramref name="key"/>, or -1.</summary>
    public int IndexOf(string key)
    {
        for (var i = 0; i < Count; i++)
        {
            // Names read from answers and the plan's response keys are mostly the same instances: a reference check first.
            var name = _properties[i].Key;
            if (ReferenceEquals(name, key) || string.Equals(name, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a property named <paramref name="key"/> exists (its value may be null).</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>The value of the property named <paramref name="key"/>; false when there is none.</summary>
    public bool TryGetValue(string key, out ResultValue value)
    {
        var index = IndexOf(key);
        value = index < 0 ? default : _properties[index].Value;
        return index >= 0;
    }

    /// <summary>The value of the property named <paramref name="key"/>, or null when there is none.</summary>
    public ResultValue this[string key] => TryGetValue(key, out var value) ? value : default;

    /// <summary>Sets a property: replaced where it is when it exists, else added last.</summary>
    public void Set(string key, ResultValue value)
    {
        var index = IndexOf(key);
        if (index >= 0)
        {
            _properties[index] = new ResultProperty(_properties[index].Key, value);
            return;
        }

        if (Count == _properties.Length)
        {
            Array.Resize(ref _properties, Math.Max(4, Count * 2));
        }

        _properties[Count++] = new ResultProperty(key, value);
    }

    /// <summary>Removes the property named <paramref name="key"/>; false when there is none.</summary>
    public bool Remove(string key)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            return false;
        }

        Array.Copy(_properties, index + 1, _properties, index, Count - index - 1);
        _properties[--Count] = default;
        return true;
    }

    /// <summary>A copy whose objects and lists are new, down to the leaves (which are shared).</summary>
    public ResultObject DeepClone()
    {
        var properties = new ResultProperty[Count];
        for (var i = 0; i < properties.Length; i++)
        {
            properties[i] = new ResultProperty(_properties[i].Key, _properties[i].Value.DeepClone());
        }

        return new ResultObject(properties);
    }
}
