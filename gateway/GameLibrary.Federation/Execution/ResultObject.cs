namespace GameLibrary.Federation.Execution;

/// <summary>
/// An object of the result store (ADR 0017): its properties as arrays of (response key, value) slots, without a
/// dictionary. Subgraph objects have a few properties each and the completion walk finds most by position, so a
/// linear search is what a hash look-up would cost, without its storage. An entity result merged into an object is
/// linked to it as a further run of slots (<see cref="Link"/>) rather than copied into a grown array: an entity
/// gets one run per fetch that adds to it, and no array is allocated twice. Keys are distinct across the runs.
/// Not thread-safe: the executor reads and merges under its data lock.
/// </summary>
internal sealed class ResultObject
{
    private ResultProperty[] _properties;

    // The slots of this run, and the next run (an object merged in), if any.
    private int _count;
    private ResultObject? _next;

    /// <summary>An empty object.</summary>
    public ResultObject() => _properties = [];

    /// <summary>An object of the given properties (the array is taken, not copied; its keys are distinct).</summary>
    public ResultObject(ResultProperty[] properties)
    {
        _properties = properties;
        _count = properties.Length;
    }

    /// <summary>The number of properties.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            for (var run = this; run is not null; run = run._next)
            {
                count += run._count;
            }

            return count;
        }
    }

    /// <summary>The property at <paramref name="index"/> (in order of the runs).</summary>
    public ref readonly ResultProperty GetAt(int index)
    {
        var run = this;
        while (index >= run._count)
        {
            index -= run._count;
            run = run._next ?? throw new ArgumentOutOfRangeException(nameof(index));
        }

        return ref run._properties[index];
    }

    /// <summary>The index of the property named <paramref name="key"/>, or -1.</summary>
    public int IndexOf(string key)
    {
        var offset = 0;
        for (var run = this; run is not null; run = run._next)
        {
            var index = run.IndexInRun(key);
            if (index >= 0)
            {
                return offset + index;
            }

            offset += run._count;
        }

        return -1;
    }

    /// <summary>Whether a property named <paramref name="key"/> exists (its value may be null).</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>The value of the property named <paramref name="key"/>; false when there is none.</summary>
    public bool TryGetValue(string key, out ResultValue value)
    {
        for (var run = this; run is not null; run = run._next)
        {
            var index = run.IndexInRun(key);
            if (index >= 0)
            {
                value = run._properties[index].Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The value of the property named <paramref name="key"/>, or null when there is none.</summary>
    public ResultValue this[string key] => TryGetValue(key, out var value) ? value : default;

    /// <summary>Sets a property: replaced where it is when it exists, else added.</summary>
    public void Set(string key, ResultValue value)
    {
        for (var run = this; run is not null; run = run._next)
        {
            var index = run.IndexInRun(key);
            if (index >= 0)
            {
                run._properties[index] = new ResultProperty(run._properties[index].Key, value);
                return;
            }
        }

        if (_count == _properties.Length)
        {
            Array.Resize(ref _properties, Math.Max(4, _count * 2));
        }

        _properties[_count++] = new ResultProperty(key, value);
    }

    /// <summary>Removes the property named <paramref name="key"/>; false when there is none.</summary>
    public bool Remove(string key)
    {
        for (var run = this; run is not null; run = run._next)
        {
            var index = run.IndexInRun(key);
            if (index >= 0)
            {
                run.RemoveInRun(index);
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes the property at <paramref name="index"/>.</summary>
    public void RemoveAt(int index)
    {
        var run = this;
        while (index >= run._count)
        {
            index -= run._count;
            run = run._next ?? throw new ArgumentOutOfRangeException(nameof(index));
        }

        run.RemoveInRun(index);
    }

    /// <summary>
    /// Makes the properties of <paramref name="source"/> this object's by linking it as the last run (no copy). The
    /// caller ensures that no key is in both and that nothing else refers to the source or ever will.
    /// </summary>
    public void Link(ResultObject source)
    {
        var last = this;
        while (last._next is not null)
        {
            last = last._next;
        }

        last._next = source;
    }

    /// <summary>A copy whose objects and lists are new, down to the leaves (which are shared), in one run.</summary>
    public ResultObject DeepClone()
    {
        var properties = new ResultProperty[Count];
        var i = 0;
        for (var run = this; run is not null; run = run._next)
        {
            for (var r = 0; r < run._count; r++)
            {
                properties[i++] = new ResultProperty(run._properties[r].Key, run._properties[r].Value.DeepClone());
            }
        }

        return new ResultObject(properties);
    }

    private int IndexInRun(string key)
    {
        for (var i = 0; i < _count; i++)
        {
            // Names read from answers and the plan's response keys are mostly the same instances, which string
            // equality recognises before comparing characters.
            if (string.Equals(_properties[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void RemoveInRun(int index)
    {
        Array.Copy(_properties, index + 1, _properties, index, _count - index - 1);
        _properties[--_count] = default;
    }
}
