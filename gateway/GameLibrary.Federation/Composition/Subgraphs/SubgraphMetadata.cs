using GameLibrary.Federation.Composition.FieldSets;
using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.Subgraphs;

/// <summary>
/// Which fields of a subgraph are external, shareable or used by federation directives — the predicates Apollo's
/// composition relies on, computed once from the subgraph's <c>@key</c>, <c>@provides</c>, <c>@requires</c>,
/// <c>@external</c> and <c>@shareable</c> applications.
/// </summary>
internal sealed class SubgraphMetadata
{
    private readonly Subgraph subgraph;
    private readonly HashSet<FieldDefinition> fakeExternal = [];
    private readonly HashSet<FieldDefinition> provided = [];
    private readonly HashSet<FieldDefinition> externalByType = [];
    private readonly HashSet<FieldDefinition> shareable = [];
    private readonly HashSet<FieldDefinition> used = [];

    public SubgraphMetadata(Subgraph subgraph)
    {
        this.subgraph = subgraph;
        var schema = subgraph.Schema;
        var names = subgraph.Names;
        foreach (var type in schema.Types.Values.Where(t => t.Kind is TypeKind.Object or TypeKind.Interface))
        {
            // Key fields of extensions are "fake" externals: Federation 1 made them @external by convention only.
            var isExtension = type.HasDirective(names.Extends);
            foreach (var key in subgraph.Keys(type))
            {
                var fields = key.StringArgument("fields") ?? "";
                if (key.OnExtension || isExtension)
                {
                    fakeExternal.UnionWith(FieldSetResolver.TargetFields(schema, type, fields, includeImplementations: false)
                        .Where(f => f.HasDirective(names.External)));
                }

                var keyFields = FieldSetResolver.TargetFields(schema, type, fields, includeImplementations: true);
                shareable.UnionWith(keyFields);
                used.UnionWith(keyFields);
            }

            if (subgraph.IsFederation2 && type.Kind == TypeKind.Object && type.HasDirective(names.External))
            {
                externalByType.UnionWith(type.Fields.Values);
            }

            foreach (var field in type.Fields.Values)
            {
                foreach (var requires in field.DirectivesNamed(names.Requires))
                {
                    used.UnionWith(FieldSetResolver.TargetFields(schema, type, requires.StringArgument("fields") ?? "", includeImplementations: true));
                }

                if (schema.Type(field.Type.NamedType) is { IsComposite: true } target)
                {
                    foreach (var provides in field.DirectivesNamed(names.Provides))
                    {
                        var fields = FieldSetResolver.TargetFields(schema, target, provides.StringArgument("fields") ?? "", includeImplementations: true);
                        provided.UnionWith(fields);
                        used.UnionWith(fields);
                    }
                }
            }

            if (type.Kind == TypeKind.Interface)
            {
                foreach (var implementation in FieldSetResolver.Implementations(schema, type))
                {
                    used.UnionWith(type.Fields.Keys.Select(implementation.Field).OfType<FieldDefinition>());
                }
            }
        }

        foreach (var type in schema.Types.Values.Where(t => t.Kind == TypeKind.Object))
        {
            var typeShareables = subgraph.IsFederation2 ? type.DirectivesNamed(names.Shareable).ToList() : [];
            foreach (var field in type.Fields.Values)
            {
                // A type-level @shareable covers the fields declared in the same block (definition or extension).
                if ((subgraph.IsFederation2 && field.HasDirective(names.Shareable)) || typeShareables.Any(d => d.OnExtension == field.OnExtension))
                {
                    shareable.Add(field);
                }
            }
        }

        shareable.UnionWith(provided.Where(IsExternal));
    }

    public bool IsExternal(FieldDefinition field) =>
        (field.HasDirective(subgraph.Names.External) || externalByType.Contains(field)) && !fakeExternal.Contains(field);

    public bool IsFakeExternal(FieldDefinition field) => fakeExternal.Contains(field);

    /// <summary>External but provided somewhere in the subgraph, so resolvable on some paths.</summary>
    public bool IsPartiallyExternal(FieldDefinition field) => IsExternal(field) && provided.Contains(field);

    public bool IsFullyExternal(FieldDefinition field) => IsExternal(field) && !provided.Contains(field);

    public bool IsShareable(FieldDefinition field) => shareable.Contains(field);

    /// <summary>Used by a <c>@key</c>, <c>@requires</c>, <c>@provides</c>, or to implement an interface field.</summary>
    public bool IsUsed(FieldDefinition field) => used.Contains(field);
}
