using GameLibrary.Federation.Planning.Nodes;

namespace GameLibrary.Federation.Planning;

/// <summary>
/// Collects, while the planner adds key and requires fields to fetch groups, what an entity fetch must read
/// back from the data for its representations, and which fetch groups provide it.
/// </summary>
internal sealed class InputCollector
{
    private readonly List<Entry> _entries = [];

    public InputCollector(HashSet<FetchGroup> dependencies)
    {
        Dependencies = dependencies;
    }

    /// <summary>The groups that fetch the collected fields (shared by nested collectors).</summary>
    public HashSet<FetchGroup> Dependencies { get; }

    /// <summary>Records a field; returns the collector of its sub-selection when it is composite.</summary>
    public InputCollector? Field(string responseKey, string name, bool composite)
    {
        var entry = _entries.Find(e => e.Fragment is null && e.ResponseKey == responseKey);
        if (entry is null)
        {
            entry = new Entry(responseKey, name, null, null, composite ? new InputCollector(Dependencies) : null);
            _entries.Add(entry);
        }

        return entry.Children;
    }

    /// <summary>Records a type-conditioned part; returns its collector.</summary>
    public InputCollector Fragment(string typeCondition, IReadOnlySet<string> matchingTypes)
    {
        var entry = _entries.Find(e => e.Fragment == typeCondition);
        if (entry is null)
        {
            entry = new Entry(null, null, typeCondition, matchingTypes, new InputCollector(Dependencies));
            _entries.Add(entry);
        }

        return entry.Children!;
    }

    /// <summary>Adds everything another collector recorded (several jumps into one group).</summary>
    public void MergeFrom(InputCollector other)
    {
        foreach (var entry in other._entries)
        {
            var target = entry.Fragment is null
                ? Field(entry.ResponseKey!, entry.Name!, entry.Children is not null)
                : Fragment(entry.Fragment, entry.MatchingTypes!);
            if (target is not null && entry.Children is not null)
            {
                target.MergeFrom(entry.Children);
            }
        }
    }

    /// <summary>
    /// Whether merging <paramref name="other"/> into this would put two values under one representation key: the
    /// same field read from different response keys (e.g. required with different arguments, so aliased).
    /// </summary>
    public bool ConflictsWith(InputCollector other)
    {
        foreach (var entry in other._entries)
        {
            if (entry.Fragment is not null)
            {
                if (_entries.Find(e => e.Fragment == entry.Fragment) is { } fragment && fragment.Children!.ConflictsWith(entry.Children!))
                {
                    return true;
                }

                continue;
            }

            if (_entries.Exists(e => e.Fragment is null && e.Name == entry.Name && e.ResponseKey != entry.ResponseKey))
            {
                return true;
            }

            if (entry.Children is not null && _entries.Find(e => e.Fragment is null && e.ResponseKey == entry.ResponseKey)?.Children is { } children
                && children.ConflictsWith(entry.Children))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The collected selection as plan input nodes.</summary>
    public IReadOnlyList<InputNode> Build() =>
    [
        .. _entries.Select(e => e.Fragment is null
            ? (InputNode)new InputField(e.ResponseKey!, e.Name!, e.Children?.Build())
            : new InputFragment(e.Fragment, e.MatchingTypes!, e.Children!.Build(), null, null)),
    ];

    private sealed record Entry(string? ResponseKey, string? Name, string? Fragment, IReadOnlySet<string>? MatchingTypes, InputCollector? Children);
}
