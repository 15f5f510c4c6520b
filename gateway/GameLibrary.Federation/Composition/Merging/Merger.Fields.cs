using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.Merging;

/// <summary>Object and interface types: their fields, <c>@join__field</c>, <c>@override</c>, <c>@external</c> and shareability.</summary>
internal sealed partial class Merger
{
    private bool MergeObject(Sources<TypeDefinition> sources, TypeDefinition dest)
    {
        var fields = AddFieldsShallow(sources, dest);
        if (fields.Count == 0)
        {
            // Only federation fields (or none): e.g. a subgraph's Query with just _service and _entities.
            supergraph.Types.Remove(dest.Name);
            return false;
        }

        foreach (var (field, fieldSources) in fields)
        {
            var context = ValidateOverride(fieldSources, field);
            MergeField(fieldSources, field, context);
            ValidateFieldSharing(fieldSources, field, context);
        }

        return true;
    }

    private bool MergeInterface(Sources<TypeDefinition> sources, TypeDefinition dest)
    {
        ValidateInterfaceKeys(sources, dest);
        ValidateInterfaceObjects(sources, dest);
        foreach (var (field, fieldSources) in AddFieldsShallow(sources, dest))
        {
            MergeField(fieldSources, field, ValidateOverride(fieldSources, field));
        }

        return true;
    }

    /// <summary>
    /// Adds every field any subgraph declares (in subgraph order) and returns each with its sources. A subgraph is
    /// listed for a field when it has the type (or an @interfaceObject of an interface the type implements).
    /// </summary>
    private List<(FieldDefinition Field, Sources<FieldDefinition> Sources)> AddFieldsShallow(Sources<TypeDefinition> sources, TypeDefinition dest)
    {
        var listed = Enumerable.Range(0, subgraphs.Count)
            .Where(i => subgraphs[i].Schema.Type(dest.Name) is not null
                || dest.Interfaces.Any(itf => subgraphs[i].Schema.Type(itf) is { } t && subgraphs[i].IsInterfaceObject(t)))
            .ToList();
        var result = new List<(FieldDefinition Field, Sources<FieldDefinition> Sources)>();
        var byName = new Dictionary<string, Sources<FieldDefinition>>(StringComparer.Ordinal);
        foreach (var (index, source) in sources.Present)
        {
            foreach (var sourceField in source.Fields.Values)
            {
                if (!byName.TryGetValue(sourceField.Name, out var fieldSources))
                {
                    var field = new FieldDefinition(dest, sourceField.Name, sourceField.Type);
                    dest.Fields.Add(field.Name, field);
                    fieldSources = new Sources<FieldDefinition>(listed.Select(i => KeyValuePair.Create(i, (FieldDefinition?)null)));
                    byName.Add(field.Name, fieldSources);
                    result.Add((field, fieldSources));
                }

                fieldSources[index] = sourceField;
            }
        }

        return result;
    }

    private bool IsExternal(int subgraph, FieldDefinition field) => subgraphs[subgraph].Metadata.IsExternal(field);

    /// <summary>The fields of @interfaceObject types that stand for this field in a subgraph that lacks the field's type.</summary>
    private List<FieldDefinition> AbstractedFields(FieldDefinition dest, int subgraph)
    {
        var schema = subgraphs[subgraph].Schema;
        if (dest.Parent.Kind != TypeKind.Object || schema.Type(dest.Parent.Name) is not null)
        {
            return [];
        }

        return dest.Parent.Interfaces
            .Where(itf => supergraph.Type(itf)?.Field(dest.Name) is not null)
            .Select(itf => schema.Type(itf) is { Kind: TypeKind.Object } type ? type.Field(dest.Name) : null)
            .OfType<FieldDefinition>()
            .ToList();
    }

    private void MergeField(Sources<FieldDefinition> sources, FieldDefinition dest, OverrideContext context)
    {
        var everySourceExternal = sources.Entries.All(e => e.Value is { } source
            ? IsExternal(e.Key, source)
            : AbstractedFields(dest, e.Key).All(f => IsExternal(e.Key, f)));
        if (everySourceExternal)
        {
            var defining = sources.Present.Select(p => names[p.Index]).ToList();
            diagnostics.Error(CompositionErrorCodes.ExternalMissingOnBase,
                $"Field \"{dest.Coordinate}\" is marked @external on all the subgraphs in which it is listed ({HumanReadable.Subgraphs(defining)}).", defining);
            return;
        }

        var withoutExternal = new Sources<FieldDefinition>(sources.Entries.Select(e =>
            KeyValuePair.Create(e.Key, e.Value is { } f && IsExternal(e.Key, f) ? null : e.Value)));
        foreach (var (index, external) in sources.Present.Where(p => IsExternal(p.Index, p.Element)))
        {
            foreach (var directive in external.Directives.Where(d => MergedDirectiveName(index, d.Name) is not null))
            {
                diagnostics.SubgraphError(names[index], CompositionErrorCodes.MergedDirectiveApplicationOnExternal,
                    $"Cannot apply merged directive {directive} to external field \"{external.Coordinate}\"");
            }
        }

        var hasResolvingSource = withoutExternal.Any();
        if (hasResolvingSource)
        {
            dest.Description = MergeDescription(withoutExternal.Present.Select(p => p.Element.Description));
            MergeAppliedDirectives(withoutExternal, f => f.Directives, dest.Directives, inaccessiblePhase: true);
            MergeArguments(withoutExternal.Map(f => f.Arguments), dest.Arguments, dest.Coordinate);
        }

        var allTypesEqual = MergeTypeReference(hasResolvingSource ? withoutExternal : sources, dest, isInput: false, isArgument: false);
        if (sources.Present.Any(p => IsExternal(p.Index, p.Element)))
        {
            ValidateExternalFields(sources, dest, allTypesEqual);
        }

        AddJoinField(sources, dest, allTypesEqual, context);
        if (hasResolvingSource)
        {
            MergeAppliedDirectives(withoutExternal, f => f.Directives, dest.Directives, inaccessiblePhase: false);
        }
    }

    private void ValidateExternalFields(Sources<FieldDefinition> sources, FieldDefinition dest, bool allTypesEqual)
    {
        var invalidType = false;
        var missingArguments = new List<string>();
        var invalidArgumentTypes = new List<string>();
        foreach (var (index, source) in sources.Present.Where(p => IsExternal(p.Index, p.Element)))
        {
            invalidType |= !(dest.Type.Equals(source.Type) || (!allTypesEqual && IsStrictSubtype(dest.Type, source.Type)));
            foreach (var argument in dest.Arguments.Values)
            {
                if (source.Arguments.GetValueOrDefault(argument.Name) is not { } sourceArgument)
                {
                    missingArguments.Add(argument.Name);
                }
                else if (!argument.Type.Equals(sourceArgument.Type) && !IsStrictSubtype(sourceArgument.Type, argument.Type))
                {
                    invalidArgumentTypes.Add(argument.Name);
                }
            }
        }

        if (invalidType)
        {
            var (message, involved) = MismatchReporter.Error(
                $"Type of field \"{dest.Coordinate}\" is incompatible across subgraphs (where marked @external): it has ",
                sources, names, f => $"type \"{f.Type}\"", $"type \"{dest.Type}\"");
            diagnostics.Error(CompositionErrorCodes.ExternalTypeMismatch, message, involved);
        }

        foreach (var argument in missingArguments.Distinct())
        {
            // Apollo lists every subgraph without the argument, including those without the field.
            var lacking = names.Where((_, i) => sources[i]?.Arguments.ContainsKey(argument) != true).ToList();
            var declaring = sources.Present.Where(p => p.Element.Arguments.ContainsKey(argument)).Select(p => names[p.Index]).ToList();
            diagnostics.Error(CompositionErrorCodes.ExternalArgumentMissing,
                $"Field \"{dest.Coordinate}\" is missing argument \"{dest.Coordinate}({argument}:)\" in some subgraphs where it is marked @external: "
                + $"argument \"{dest.Coordinate}({argument}:)\" is declared in {HumanReadable.Subgraphs(declaring)} but not in {HumanReadable.Subgraphs(lacking)} (where \"{dest.Coordinate}\" is @external).",
                declaring.Concat(lacking));
        }

        foreach (var argument in invalidArgumentTypes.Distinct())
        {
            var (message, involved) = MismatchReporter.Error(
                $"Type of argument \"{dest.Coordinate}({argument}:)\" is incompatible across subgraphs (where \"{dest.Coordinate}\" is marked @external): it has ",
                sources.Map(f => f.Arguments.GetValueOrDefault(argument)), names, a => $"type \"{a.Type}\"", $"type \"{dest.Arguments[argument].Type}\"");
            diagnostics.Error(CompositionErrorCodes.ExternalArgumentTypeMismatch, message, involved);
        }
    }

    private bool NeedsJoinField(Sources<FieldDefinition> sources, string parentName, bool allTypesEqual, OverrideContext context)
    {
        if (!allTypesEqual || context.AnyUsedOverriddenOrLabel)
        {
            return true;
        }

        foreach (var (index, source) in sources.Entries)
        {
            if (source is not null && !context.IsUnusedOverridden(index))
            {
                var names = subgraphs[index].Names;
                if (IsExternal(index, source) || source.HasDirective(names.Provides) || source.HasDirective(names.Requires))
                {
                    return true;
                }
            }
            else if (subgraphs[index].Schema.Type(parentName) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>@join__field</c> per subgraph resolving the field — omitted altogether when every subgraph with the type
    /// resolves it the same way.
    /// </summary>
    private void AddJoinField(Sources<FieldDefinition> sources, FieldDefinition dest, bool allTypesEqual, OverrideContext context)
    {
        if (!NeedsJoinField(sources, dest.Parent.Name, allTypesEqual, context))
        {
            return;
        }

        foreach (var (index, source) in sources.Present)
        {
            var label = context.Label(index);
            if (context.IsUnusedOverridden(index) && label is null)
            {
                continue;
            }

            var names = subgraphs[index].Names;
            dest.Directives.Add(new AppliedDirective("join__field",
                ("graph", Graph(index)),
                ("requires", source.DirectivesNamed(names.Requires).FirstOrDefault()?.Argument("fields")),
                ("provides", source.DirectivesNamed(names.Provides).FirstOrDefault()?.Argument("fields")),
                ("override", source.DirectivesNamed(names.Override).LastOrDefault()?.Argument("from")),
                ("type", allTypesEqual ? null : new StringValue(source.Type.ToString())),
                ("external", IsExternal(index, source) ? BooleanValue.True : null),
                ("usedOverridden", context.IsUsedOverridden(index) ? BooleanValue.True : null),
                ("overrideLabel", label is null ? null : new StringValue(label))));
        }
    }

    /// <summary>A field resolved by several subgraphs must be @shareable in all of them.</summary>
    private void ValidateFieldSharing(Sources<FieldDefinition> sources, FieldDefinition dest, OverrideContext context)
    {
        var shareable = new List<(string Label, int Index)>();
        var nonShareable = new List<(string Label, int Index)>();
        var resolving = new List<string>();
        void Categorize(int index, string label, FieldDefinition field)
        {
            var metadata = subgraphs[index].Metadata;
            if (metadata.IsFullyExternal(field))
            {
                return;
            }

            resolving.Add(label);
            (metadata.IsShareable(field) ? shareable : nonShareable).Add((label, index));
        }

        foreach (var (index, source) in sources.Entries)
        {
            var label = $"\"{names[index]}\"";
            if (source is null)
            {
                foreach (var abstracted in AbstractedFields(dest, index))
                {
                    Categorize(index, $"{label} (through @interfaceObject field \"{abstracted.Coordinate}\")", abstracted);
                }
            }
            else if (!context.IsUsedOverridden(index) && !context.IsUnusedOverridden(index))
            {
                Categorize(index, label, source);
            }
        }

        if (nonShareable.Count > 0 && (shareable.Count > 0 || nonShareable.Count > 1))
        {
            static string Print(IEnumerable<string> labels) => HumanReadable.List(labels.ToList(), "subgraph", "subgraphs", 500);
            var nonShareables = shareable.Count > 0 ? Print(nonShareable.Select(s => s.Label)) : "all of them";
            var unknownTarget = nonShareable.FirstOrDefault(s => context.HasUnknownTarget(s.Index));
            var extra = unknownTarget.Label is null
                ? ""
                : $" (please note that \"{dest.Coordinate}\" has an @override directive in {unknownTarget.Label} that targets an unknown subgraph so this could be due to misspelling the @override(from:) argument)";
            diagnostics.Error(CompositionErrorCodes.InvalidFieldSharing,
                $"Non-shareable field \"{dest.Coordinate}\" is resolved from multiple subgraphs: it is resolved from {Print(resolving)} and defined as non-shareable in {nonShareables}{extra}",
                shareable.Concat(nonShareable).Select(s => names[s.Index]));
        }
    }

    private void ValidateInterfaceKeys(Sources<TypeDefinition> sources, TypeDefinition dest)
    {
        var implementations = Implementations(dest).ToList();
        foreach (var (index, source) in sources.Present.Where(p => p.Element.Kind == TypeKind.Interface))
        {
            var subgraph = subgraphs[index];
            if (subgraph.Keys(source).FirstOrDefault(k => k.BooleanArgument("resolvable") != false) is not { } key)
            {
                continue;
            }

            var missing = implementations.Where(i => subgraph.Schema.Type(i.Name) is not { } t || !t.Interfaces.Contains(dest.Name)).Select(i => i.Name).ToList();
            if (missing.Count > 0)
            {
                diagnostics.SubgraphError(subgraph.Name, CompositionErrorCodes.InterfaceKeyMissingImplementationType,
                    $"Interface type \"{dest.Name}\" has a resolvable key ({key}) in subgraph \"{subgraph.Name}\" but that subgraph is missing some of the supergraph implementation types of \"{dest.Name}\". "
                    + $"Subgraph \"{subgraph.Name}\" should define {HumanReadable.Types(missing)} (and have {(missing.Count > 1 ? "them" : "it")} implement \"{dest.Name}\").");
            }
        }
    }

    private void ValidateInterfaceObjects(Sources<TypeDefinition> sources, TypeDefinition dest)
    {
        var implementations = Implementations(dest).ToList();
        foreach (var (index, source) in sources.Present.Where(p => subgraphs[p.Index].IsInterfaceObject(p.Element)))
        {
            var defined = implementations.Where(i => subgraphs[index].Schema.Type(i.Name) is not null).Select(i => i.Name).ToList();
            if (defined.Count > 0)
            {
                diagnostics.SubgraphError(names[index], CompositionErrorCodes.InterfaceObjectUsageError,
                    $"Interface type \"{dest.Name}\" is defined as an @interfaceObject in subgraph \"{names[index]}\" so that subgraph should not define any of the implementation types of \"{dest.Name}\", but it defines {HumanReadable.Types(defined)}");
            }
        }
    }

    private IEnumerable<TypeDefinition> Implementations(TypeDefinition itf) =>
        supergraph.Types.Values.Where(t => t.Kind == TypeKind.Object && t.Interfaces.Contains(itf.Name));

    /// <summary>Is the field resolved by some subgraph's @interfaceObject of the interface?</summary>
    private bool IsProvidedByInterfaceObject(string field, string itf) =>
        subgraphs.Any(s => s.Schema.Type(itf) is { } type && s.IsInterfaceObject(type) && type.Field(field) is { } f && !s.Metadata.IsExternal(f));

    /// <summary>
    /// Fields an @interfaceObject adds to an interface are resolvable on every implementation through the interface's
    /// key, so the implementations get them too, with a bare <c>@join__field</c>.
    /// </summary>
    private void AddMissingInterfaceObjectFieldsToImplementations()
    {
        foreach (var type in supergraph.Types.Values.Where(t => t.Kind == TypeKind.Object).ToList())
        {
            foreach (var itf in type.Interfaces.Select(supergraph.Type).OfType<TypeDefinition>())
            {
                foreach (var itfField in itf.Fields.Values)
                {
                    if (type.Field(itfField.Name) is not null || !IsProvidedByInterfaceObject(itfField.Name, itf.Name))
                    {
                        continue;
                    }

                    var field = new FieldDefinition(type, itfField.Name, itfField.Type) { Description = itfField.Description };
                    field.Directives.AddRange(itfField.Directives.Where(d => !d.Name.StartsWith("join__", StringComparison.Ordinal)));
                    foreach (var argument in itfField.Arguments.Values)
                    {
                        field.Arguments[argument.Name] = CopyInputValue(argument, $"{field.Coordinate}({argument.Name}:)");
                    }

                    field.Directives.Add(new AppliedDirective("join__field", Array.Empty<DirectiveArgument>()));
                    type.Fields.Add(field.Name, field);
                    ValidateFieldSharing(new Sources<FieldDefinition>(names.Select((_, i) => KeyValuePair.Create(i, (FieldDefinition?)null))), field, new OverrideContext());
                }
            }
        }
    }

    /// <summary>After merging, every type still has the fields of the interfaces it implements (some subgraph may not).</summary>
    private void ValidateInterfaceImplementations()
    {
        foreach (var type in supergraph.Types.Values.Where(t => t.Kind is TypeKind.Object or TypeKind.Interface))
        {
            foreach (var itf in type.Interfaces.Select(supergraph.Type).OfType<TypeDefinition>())
            {
                foreach (var itfField in itf.Fields.Values.Where(f => type.Field(f.Name) is null))
                {
                    var withField = subgraphs.Where(s => s.Schema.Type(itf.Name) is { Kind: TypeKind.Interface } t && t.Field(itfField.Name) is not null).Select(s => s.Name).ToList();
                    var implementing = subgraphs.Where(s => s.Schema.Type(type.Name) is { } t && t.Interfaces.Contains(itf.Name)).Select(s => s.Name).ToList();
                    diagnostics.Error(CompositionErrorCodes.InterfaceFieldNoImplementation,
                        $"Interface field \"{itfField.Coordinate}\" is declared in {HumanReadable.Subgraphs(withField)} but type \"{type.Name}\", "
                        + $"which implements \"{itf.Name}\" only in {HumanReadable.Subgraphs(implementing)} does not have field \"{itfField.Name}\".",
                        withField.Concat(implementing));
                }
            }
        }
    }
}
