using GameLibrary.Federation.Execution;

namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>
/// The internal aliases of one fetch's operation that must be renamed back before its result merges: where two
/// sibling fields share a response key but have different types in the subgraph (invalid GraphQL there), one of
/// them is sent under an alias. A tree that mirrors the fetch's response: renames at this level, children by the
/// response key the subgraph answers with.
/// </summary>
internal sealed class ResponseRename
{
    private readonly List<Rename> _renames = [];
    private readonly Dictionary<string, ResponseRename> _children = new(StringComparer.Ordinal);

    /// <summary>The aliases of this level.</summary>
    public IReadOnlyList<Rename> Renames => _renames;

    /// <summary>The renames below a field, by the field's response key in the subgraph's answer.</summary>
    public IReadOnlyDictionary<string, ResponseRename> Children => _children;

    /// <summary>Whether nothing is renamed here or below.</summary>
    public bool IsEmpty => _renames.Count == 0 && _children.Count == 0;

    /// <summary>Renames <paramref name="alias"/> back to <paramref name="responseKey"/> on objects whose <c>__typename</c> is in <paramref name="types"/>.</summary>
    public void Add(IReadOnlySet<string> types, string alias, string responseKey) => _renames.Add(new Rename(types, alias, responseKey));

    /// <summary>Attaches the renames below the field answered under <paramref name="responseKey"/>.</summary>
    public void AddChild(string responseKey, ResponseRename child) => _children[responseKey] = child;

    /// <summary>Renames the aliases in a subgraph's answer (an object, or a list of them, at this level) back in place.</summary>
    public void Apply(ResultValue node)
    {
        if (node.List is { } list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                Apply(list[i]);
            }

            return;
        }

        if (node.Object is not { } obj)
        {
            return;
        }

        foreach (var (key, child) in _children)
        {
            if (obj.TryGetValue(key, out var value))
            {
                child.Apply(value);
            }
        }

        if (_renames.Count > 0 && obj["__typename"].TryGetString(out var type))
        {
            foreach (var rename in _renames)
            {
                if (rename.Types.Contains(type) && obj.TryGetValue(rename.Alias, out var renamed))
                {
                    obj.Remove(rename.Alias);
                    obj.Set(rename.ResponseKey, renamed);
                }
            }
        }
    }

    /// <summary>Replaces the aliases of this fetch in a subgraph error path (from index <paramref name="start"/>, where this level begins) by the response keys they stand for.</summary>
    public void RestorePath(List<object>? path, int start)
    {
        if (path is null)
        {
            return;
        }

        var level = this;
        for (var i = start; i < path.Count && level is not null; i++)
        {
            if (path[i] is not string segment)
            {
                continue;
            }

            var next = level._children.GetValueOrDefault(segment);
            if (level._renames.Find(r => r.Alias == segment) is { } rename)
            {
                path[i] = rename.ResponseKey;
            }

            level = next;
        }
    }

    /// <summary>One alias to rename back.</summary>
    /// <param name="Types">The object types (by <c>__typename</c>) the alias was selected for.</param>
    /// <param name="Alias">The internal alias sent to the subgraph.</param>
    /// <param name="ResponseKey">The response key it stands for.</param>
    public sealed record Rename(IReadOnlySet<string> Types, string Alias, string ResponseKey);
}
