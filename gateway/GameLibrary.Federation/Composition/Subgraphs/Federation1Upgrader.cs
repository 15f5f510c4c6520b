using GameLibrary.Federation.Composition.FieldSets;
using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.Subgraphs;

/// <summary>
/// Rewrites Federation 1 subgraphs (no <c>@link</c>) into their Federation 2 equivalent, the way Apollo's schema
/// upgrader does: <c>extend type</c> becomes a definition, key fields of extensions stop being <c>@external</c>,
/// unused <c>@external</c> fields go, and fields or value types other subgraphs also resolve become <c>@shareable</c>
/// (Federation 1 shared everything implicitly).
/// </summary>
internal sealed class Federation1Upgrader
{
    private readonly Subgraph subgraph;
    private readonly Schema schema;
    private readonly FederationNames names;
    private readonly IReadOnlyDictionary<string, SubgraphSnapshot> originals;
    private readonly CompositionDiagnostics diagnostics;

    private Federation1Upgrader(Subgraph subgraph, IReadOnlyDictionary<string, SubgraphSnapshot> originals, CompositionDiagnostics diagnostics)
    {
        this.subgraph = subgraph;
        schema = subgraph.Schema;
        names = subgraph.Names;
        this.originals = originals;
        this.diagnostics = diagnostics;
    }

    /// <summary>The subgraphs with every Federation 1 subgraph replaced by its upgraded form.</summary>
    public static IReadOnlyList<Subgraph> Upgrade(IReadOnlyList<Subgraph> subgraphs, CompositionDiagnostics diagnostics)
    {
        if (subgraphs.All(s => s.IsFederation2))
        {
            return subgraphs;
        }

        // The rules look at the other subgraphs as they were written, so take that picture before changing any.
        var originals = subgraphs.ToDictionary(s => s.Name, s => new SubgraphSnapshot(s), StringComparer.Ordinal);
        return subgraphs.Select(s => s.IsFederation2 ? s : new Federation1Upgrader(s, originals, diagnostics).Upgrade()).ToList();
    }

    private Subgraph Upgrade()
    {
        RemoveExternalOnInterfacesAndTypes();
        RemoveExternalOnTypeExtensions();
        FixInactiveProvidesAndRequires();
        RemoveTypeExtensions();
        RemoveDirectivesOnInterfaces();
        RemoveProvidesOnNonComposite();
        subgraph.RefreshMetadata();
        RemoveUnusedExternals();
        AddShareable();
        var upgraded = new Subgraph(subgraph.Name, subgraph.Url, schema, names, federationMinor: 0, isFederation2: true, subgraph.Links);
        upgraded.ComposedDirectives.AddRange(subgraph.ComposedDirectives);
        return upgraded;
    }

    private IEnumerable<TypeDefinition> CompositeTypes() => schema.Types.Values.Where(t => t.Kind is TypeKind.Object or TypeKind.Interface);

    private void RemoveExternalOnInterfacesAndTypes()
    {
        foreach (var type in CompositeTypes())
        {
            type.Directives.RemoveAll(d => d.Name == names.External);
            if (type.Kind == TypeKind.Interface)
            {
                foreach (var field in type.Fields.Values)
                {
                    field.Directives.RemoveAll(d => d.Name == names.External);
                }
            }
        }
    }

    /// <summary>An <c>extend type</c> (or <c>@extends</c>) that Federation 1 meant as "this type lives elsewhere".</summary>
    private bool IsTypeExtension(TypeDefinition type) =>
        type.Kind is TypeKind.Object or TypeKind.Interface
        && (type.HasDirective(names.Extends) || (type.HasExtension && !type.HasDefinition));

    private void RemoveExternalOnTypeExtensions()
    {
        foreach (var type in CompositeTypes().Where(IsTypeExtension))
        {
            var keyFields = subgraph.Keys(type).SelectMany(k => FieldSetResolver.TargetFields(schema, type, k.StringArgument("fields") ?? "", includeImplementations: false))
                .Where(f => f.Parent == type)
                .Select(f => f.Name)
                .ToList();
            if (!subgraph.IsEntity(type))
            {
                keyFields = originals.Values.Where(o => o.Name != subgraph.Name)
                    .SelectMany(o => o.Types.GetValueOrDefault(type.Name)?.FirstKeyFields ?? [])
                    .ToList();
            }

            foreach (var field in keyFields.Select(type.Field).OfType<FieldDefinition>())
            {
                field.Directives.RemoveAll(d => d.Name == names.External);
            }
        }
    }

    /// <summary>@provides and @requires may only name @external fields; Federation 1 tolerated others, which are dropped.</summary>
    private void FixInactiveProvidesAndRequires()
    {
        foreach (var field in CompositeTypes().SelectMany(t => t.Fields.Values))
        {
            Fix(field, names.Provides, schema.Type(field.Type.NamedType));
            Fix(field, names.Requires, field.Parent);
        }

        void Fix(FieldDefinition field, string directiveName, TypeDefinition? target)
        {
            foreach (var application in field.DirectivesNamed(directiveName).ToList())
            {
                IReadOnlyList<ResolvedField> selections;
                try
                {
                    selections = FieldSetResolver.Resolve(schema, target ?? field.Parent, application.StringArgument("fields") ?? "");
                }
                catch (FieldSetException)
                {
                    continue;
                }

                if (!SelectsNonExternalLeaf(selections))
                {
                    continue;
                }

                var index = field.Directives.IndexOf(application);
                field.Directives.RemoveAt(index);
                var kept = WithoutNonExternalLeaves(selections);
                if (kept.Length > 0)
                {
                    field.Directives.Insert(index, new AppliedDirective(directiveName, ("fields", new StringValue(kept))));
                }
            }
        }
    }

    private bool IsExternalOrHasExternalImplementations(FieldDefinition field) =>
        field.HasDirective(names.External)
        || (field.Parent.Kind == TypeKind.Interface
            && FieldSetResolver.Implementations(schema, field.Parent).Any(i => i.Field(field.Name)?.HasDirective(names.External) == true));

    private bool SelectsNonExternalLeaf(IEnumerable<ResolvedField> selections) =>
        selections.Any(s => !IsExternalOrHasExternalImplementations(s.Definition) && (s.Children.Count == 0 || SelectsNonExternalLeaf(s.Children)));

    private string WithoutNonExternalLeaves(IEnumerable<ResolvedField> selections) => string.Join(' ', selections.Select(s =>
    {
        if (IsExternalOrHasExternalImplementations(s.Definition))
        {
            return Print(s);
        }

        var children = s.Children.Count == 0 ? "" : WithoutNonExternalLeaves(s.Children);
        return children.Length == 0 ? "" : $"{s.Selection.Name} {{ {children} }}";
    }).Where(s => s.Length > 0));

    private static string Print(ResolvedField field) =>
        field.Children.Count == 0 ? field.Selection.Name : $"{field.Selection.Name} {{ {string.Join(' ', field.Children.Select(Print))} }}";

    private void RemoveTypeExtensions()
    {
        foreach (var type in CompositeTypes().Where(t => IsTypeExtension(t) || (schema.IsRootType(t.Name) && t.HasExtension && !t.HasDefinition)).ToList())
        {
            type.HasExtension = false;
            type.HasDefinition = true;
            var directives = type.Directives.Select(d => new AppliedDirective(d.Name, d.Arguments)).ToList();
            type.Directives.Clear();
            type.Directives.AddRange(directives);
            foreach (var field in type.Fields.Values.ToList())
            {
                var definition = new FieldDefinition(type, field.Name, field.Type) { Description = field.Description };
                definition.Directives.AddRange(field.Directives);
                foreach (var argument in field.Arguments)
                {
                    definition.Arguments.Add(argument.Key, argument.Value);
                }

                type.Fields[field.Name] = definition;
            }
        }
    }

    private void RemoveDirectivesOnInterfaces()
    {
        foreach (var itf in schema.Types.Values.Where(t => t.Kind == TypeKind.Interface))
        {
            itf.Directives.RemoveAll(d => d.Name == names.Key);
            foreach (var field in itf.Fields.Values)
            {
                field.Directives.RemoveAll(d => d.Name == names.Provides || d.Name == names.Requires);
            }
        }
    }

    private void RemoveProvidesOnNonComposite()
    {
        foreach (var field in schema.Types.Values.Where(t => t.Kind == TypeKind.Object).SelectMany(t => t.Fields.Values))
        {
            if (schema.Type(field.Type.NamedType) is not { IsComposite: true })
            {
                field.Directives.RemoveAll(d => d.Name == names.Provides);
            }
        }
    }

    private void RemoveUnusedExternals()
    {
        var metadata = subgraph.Metadata;
        var referenced = SubgraphLoader.References(schema);
        foreach (var type in CompositeTypes().ToList())
        {
            foreach (var field in type.Fields.Values.Where(f => metadata.IsExternal(f) && !metadata.IsUsed(f)).ToList())
            {
                type.Fields.Remove(field.Name);
            }

            // Root types are never empty in Apollo's model: they hold _service and _entities.
            if (type.Fields.Count > 0 || schema.IsRootType(type.Name))
            {
                continue;
            }

            if (referenced.Contains(type.Name) || schema.Types.Values.Any(t => t.Interfaces.Contains(type.Name) || t.Members.Contains(type.Name)))
            {
                diagnostics.SubgraphError(subgraph.Name, CompositionErrorCodes.TypeWithOnlyUnusedExternal,
                    $"Type {type.Name} contains only external fields and all those fields are all unused (they do not appear in any @key, @provides or @requires).");
            }
            else
            {
                schema.Types.Remove(type.Name);
            }
        }

        subgraph.RefreshMetadata();
    }

    private void AddShareable()
    {
        var original = originals[subgraph.Name];
        foreach (var type in schema.Types.Values.Where(t => t.Kind == TypeKind.Object && schema.Root(RootKind.Subscription) != t.Name))
        {
            var others = originals.Values.Where(o => o.Name != subgraph.Name && o.Types.ContainsKey(type.Name)).Select(o => o.Types[type.Name]).ToList();
            if (subgraph.IsEntity(type) || schema.IsRootType(type.Name))
            {
                foreach (var field in type.Fields.Values)
                {
                    var alreadyShareable = original.Types.GetValueOrDefault(type.Name)?.Fields.GetValueOrDefault(field.Name)?.Shareable == true;
                    if (!alreadyShareable && others.Any(o => o.Fields.GetValueOrDefault(field.Name) is { } f && (!f.External || f.PartiallyExternal)))
                    {
                        field.Directives.Add(new AppliedDirective(names.Shareable, Array.Empty<DirectiveArgument>()));
                    }
                }
            }
            else if (others.Count > 0)
            {
                type.Directives.Add(new AppliedDirective(names.Shareable, Array.Empty<DirectiveArgument>()));
            }
        }
    }

    /// <summary>What the upgrade rules need to know of a subgraph as it was written.</summary>
    private sealed class SubgraphSnapshot
    {
        public SubgraphSnapshot(Subgraph subgraph)
        {
            Name = subgraph.Name;
            var metadata = subgraph.Metadata;
            foreach (var type in subgraph.Schema.Types.Values.Where(t => t.Kind is TypeKind.Object or TypeKind.Interface))
            {
                var firstKey = subgraph.Keys(type).FirstOrDefault();
                Types[type.Name] = new TypeSnapshot(
                    type.Fields.Values.ToDictionary(
                        f => f.Name,
                        f => new FieldSnapshot(metadata.IsExternal(f), metadata.IsPartiallyExternal(f), metadata.IsShareable(f)),
                        StringComparer.Ordinal),
                    firstKey is null
                        ? []
                        : FieldSetResolver.TargetFields(subgraph.Schema, type, firstKey.StringArgument("fields") ?? "", includeImplementations: false)
                            .Where(f => f.Parent == type).Select(f => f.Name).ToList());
            }
        }

        public string Name { get; }

        public Dictionary<string, TypeSnapshot> Types { get; } = new(StringComparer.Ordinal);
    }

    private sealed record TypeSnapshot(Dictionary<string, FieldSnapshot> Fields, IReadOnlyList<string> FirstKeyFields);

    private sealed record FieldSnapshot(bool External, bool PartiallyExternal, bool Shareable);
}
