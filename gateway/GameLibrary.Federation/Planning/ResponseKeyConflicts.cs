using GameLibrary.Federation.Planning.Nodes;
using GameLibrary.Federation.Planning.Selections;
using GameLibrary.Federation.Supergraph;

namespace GameLibrary.Federation.Planning;

/// <summary>
/// Makes one subgraph operation valid where the client's is valid only against the supergraph: sibling fields
/// (across the fragments of one object) that share a response key must have the same response shape in the
/// subgraph ("SameResponseShape"), but a subgraph may declare one member's field <c>ID!</c> and another's
/// <c>ID</c>. Each differing field inside a type-conditioned fragment is sent under an internal alias, and a
/// <see cref="ResponseRename"/> tells the executor to rename it back for objects of that fragment's types.
/// </summary>
internal sealed class ResponseKeyConflicts
{
    private const string AliasPrefix = "__gl_t";

    private readonly SupergraphSchema _schema;
    private int _counter;

    private ResponseKeyConflicts(SupergraphSchema schema)
    {
        _schema = schema;
    }

    /// <summary>Aliases the conflicting fields of a fetch's selection; returns the renames, or null when there are none.</summary>
    public static ResponseRename? Resolve(SelectionBuilder selection, SupergraphSchema schema) =>
        new ResponseKeyConflicts(schema).Level([selection]);

    /// <summary>One object level: the selections of several builders that merge into one object in the response.</summary>
    private ResponseRename? Level(List<SelectionBuilder> builders)
    {
        var fields = new Dictionary<string, List<(FieldItem Field, IReadOnlySet<string>? Types)>>(StringComparer.Ordinal);
        foreach (var builder in builders)
        {
            Collect(builder, null, fields);
        }

        var result = new ResponseRename();
        foreach (var (responseKey, entries) in fields)
        {
            if (entries.Count < 2)
            {
                continue;
            }

            // The shape of an unconditioned field applies to every object: it stays; differing ones get aliases.
            var keep = (entries.Find(e => e.Types is null).Field ?? entries[0].Field).Shape;
            Dictionary<string, string>? aliases = null;
            foreach (var (field, types) in entries)
            {
                if (field.Shape is null || field.Shape == keep || types is null)
                {
                    continue;
                }

                aliases ??= new Dictionary<string, string>(StringComparer.Ordinal);
                if (!aliases.TryGetValue(field.Shape, out var alias))
                {
                    alias = AliasPrefix + _counter++;
                    aliases.Add(field.Shape, alias);
                }

                field.TransportAlias = alias;
                result.Add(types, alias, responseKey);
            }
        }

        if (result.Renames.Count > 0)
        {
            // Renaming back reads the object's type.
            builders[0].AddTypename();
        }

        // Fields answered under one key merge their sub-selections into one object: check that level too.
        foreach (var group in fields.Values.SelectMany(e => e).GroupBy(e => e.Field.TransportKey, StringComparer.Ordinal))
        {
            var children = group.Select(e => e.Field.Children).OfType<SelectionBuilder>().ToList();
            if (children.Count > 0 && Level(children) is { } child)
            {
                result.AddChild(group.Key, child);
            }
        }

        return result.IsEmpty ? null : result;
    }

    private void Collect(SelectionBuilder builder, IReadOnlySet<string>? types, Dictionary<string, List<(FieldItem, IReadOnlySet<string>?)>> fields)
    {
        foreach (var item in builder.Items)
        {
            if (!item.IsPrinted)
            {
                continue;
            }

            switch (item)
            {
                case FieldItem field:
                    if (!fields.TryGetValue(field.ResponseKey, out var entries))
                    {
                        entries = [];
                        fields.Add(field.ResponseKey, entries);
                    }

                    entries.Add((field, types));
                    break;
                case FragmentItem fragment:
                    Collect(fragment.Children, Narrow(types, fragment.TypeCondition), fields);
                    break;
            }
        }
    }

    private IReadOnlySet<string>? Narrow(IReadOnlySet<string>? types, string? condition)
    {
        if (condition is null || _schema.Type(condition) is not { } type)
        {
            return types;
        }

        var possible = type.IsAbstract ? type.PossibleTypes : new HashSet<string>(StringComparer.Ordinal) { condition };
        return types is null ? possible : possible.Where(types.Contains).ToHashSet(StringComparer.Ordinal);
    }
}
