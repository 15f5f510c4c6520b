using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.Merging;

/// <summary>Types of fields and arguments, arguments, default values, and input object types.</summary>
internal sealed partial class Merger
{
    /// <summary>
    /// Sets the supergraph type of a field, argument or input field: the most general of the subgraphs' types in
    /// output position, the most specific in input position. False when the types differ (then <c>@join__field(type:)</c>
    /// records each subgraph's) or are incompatible (reported).
    /// </summary>
    private bool MergeTypeReference<T>(Sources<T> sources, ITypedElement dest, bool isInput, bool isArgument)
        where T : class, ITypedElement
    {
        TypeRef? destType = null;
        var hasSubtypes = false;
        var hasIncompatible = false;
        foreach (var (_, source) in sources.Present)
        {
            if (destType is null || destType.Equals(source.Type))
            {
                destType = source.Type;
            }
            else if (IsStrictSubtype(destType, source.Type))
            {
                hasSubtypes = true;
                destType = isInput ? source.Type : destType;
            }
            else if (IsStrictSubtype(source.Type, destType))
            {
                hasSubtypes = true;
                destType = isInput ? destType : source.Type;
            }
            else
            {
                hasIncompatible = true;
            }
        }

        dest.Type = destType!;
        RecordEnumUsage(dest, sources.Present.First().Element.Coordinate, isInput);
        if (hasIncompatible)
        {
            var (message, involved) = MismatchReporter.Error(
                $"Type of {(isArgument ? "argument" : "field")} \"{dest.Coordinate}\" is incompatible across subgraphs: it has ",
                sources, names, e => $"type \"{e.Type}\"", $"type \"{dest.Type}\"");
            diagnostics.Error(isArgument ? CompositionErrorCodes.FieldArgumentTypeMismatch : CompositionErrorCodes.FieldTypeMismatch, message, involved);
            return false;
        }

        return !hasSubtypes;
    }

    private void RecordEnumUsage(ITypedElement dest, string example, bool isInput)
    {
        if (supergraph.Type(dest.Type.NamedType) is not { Kind: TypeKind.Enum } enumType)
        {
            return;
        }

        if (!enumUsages.TryGetValue(enumType.Name, out var usage))
        {
            enumUsages[enumType.Name] = usage = new EnumUsage();
        }

        if (isInput)
        {
            usage.InputExample ??= example;
        }
        else
        {
            usage.OutputExample ??= example;
        }
    }

    private bool IsSubtype(TypeRef type, TypeRef maybeSubtype) => type.Equals(maybeSubtype) || IsStrictSubtype(type, maybeSubtype);

    /// <summary>Apollo's default subtyping rules: union members and implementations, nullability, both through lists.</summary>
    private bool IsStrictSubtype(TypeRef type, TypeRef maybeSubtype) => maybeSubtype switch
    {
        ListTypeRef list => type is ListTypeRef typeList && IsSubtype(typeList.OfType, list.OfType),
        NonNullTypeRef nonNull => type is NonNullTypeRef typeNonNull
            ? IsSubtype(typeNonNull.OfType, nonNull.OfType)
            : IsSubtype(type, nonNull.OfType),
        NamedTypeRef named => type is NamedTypeRef typeNamed
            && supergraph.Type(named.Name) is { Kind: TypeKind.Object or TypeKind.Interface } subtype
            && supergraph.Type(typeNamed.Name) is { } supertype
            && (supertype.Kind == TypeKind.Union
                ? subtype.Kind == TypeKind.Object && supertype.Members.Contains(subtype.Name)
                : supertype.Kind == TypeKind.Interface && subtype.Interfaces.Contains(supertype.Name)),
        _ => false,
    };

    /// <summary>Arguments of a field or directive: those every subgraph declares (a required one missing somewhere is an error).</summary>
    private void MergeArguments(Sources<OrderedDictionary<string, InputValueDefinition>> sources, OrderedDictionary<string, InputValueDefinition> dest, string owner)
    {
        var present = sources.Present.ToList();
        var argumentNames = present.SelectMany(p => p.Element.Keys).Distinct().ToList();
        var merged = new List<(InputValueDefinition Dest, Sources<InputValueDefinition> Sources)>();
        foreach (var name in argumentNames)
        {
            var coordinate = $"{owner}({name}:)";
            var argumentSources = sources.Map(arguments => arguments.GetValueOrDefault(name));
            var missing = present.Where(p => !p.Element.ContainsKey(name)).Select(p => names[p.Index]).ToList();
            if (missing.Count == 0)
            {
                merged.Add((new InputValueDefinition(name, argumentSources.Present.First().Element.Type, coordinate), argumentSources));
                continue;
            }

            var requiredIn = argumentSources.Present.Where(p => IsRequired(p.Element)).Select(p => names[p.Index]).ToList();
            if (requiredIn.Count > 0)
            {
                diagnostics.Error(CompositionErrorCodes.RequiredArgumentMissingInSomeSubgraph,
                    $"Argument \"{coordinate}\" is required in some subgraphs but does not appear in all subgraphs: it is required in {HumanReadable.Subgraphs(requiredIn)} but does not appear in {HumanReadable.Subgraphs(missing)}",
                    requiredIn.Concat(missing));
            }
            else
            {
                diagnostics.Hint("INCONSISTENT_ARGUMENT_PRESENCE",
                    $"Optional argument \"{coordinate}\" will not be included in the supergraph as it does not appear in all subgraphs.");
            }
        }

        foreach (var (argument, argumentSources) in merged)
        {
            dest[argument.Name] = argument;
            MergeArgument(argumentSources, argument);
        }
    }

    private static bool IsRequired(InputValueDefinition value) => value.Type is NonNullTypeRef && value.DefaultValue is null;

    private void MergeArgument(Sources<InputValueDefinition> sources, InputValueDefinition dest)
    {
        dest.Description = MergeDescription(sources.Present.Select(p => p.Element.Description));
        MergeAppliedDirectives(sources, a => a.Directives, dest.Directives, inaccessiblePhase: true);
        MergeTypeReference(sources, dest, isInput: true, isArgument: true);
        MergeDefaultValue(sources, dest, "Argument", CompositionErrorCodes.FieldArgumentDefaultMismatch);
        MergeAppliedDirectives(sources, a => a.Directives, dest.Directives, inaccessiblePhase: false);
    }

    /// <summary>A default value some subgraphs omit is dropped; two different ones are an error.</summary>
    private void MergeDefaultValue(Sources<InputValueDefinition> sources, InputValueDefinition dest, string kind, string code)
    {
        Value? destDefault = null;
        var seenSource = false;
        var inconsistent = false;
        var incompatible = false;
        foreach (var (_, source) in sources.Present)
        {
            if (destDefault is null)
            {
                destDefault = source.DefaultValue;
                inconsistent |= seenSource && source.DefaultValue is not null;
            }
            else if (!Equals(destDefault, source.DefaultValue))
            {
                inconsistent = true;
                incompatible |= source.DefaultValue is not null;
            }

            seenSource = true;
        }

        if (!inconsistent || incompatible)
        {
            dest.DefaultValue = destDefault;
        }

        if (incompatible)
        {
            static string Describe(Value? value) => value is null ? "no default value" : $"default value {value}";
            var (message, involved) = MismatchReporter.Error(
                $"{kind} \"{dest.Coordinate}\" has incompatible default values across subgraphs: it has ",
                sources, names, s => Describe(s.DefaultValue), Describe(dest.DefaultValue));
            diagnostics.Error(code, message, involved);
        }
    }

    private bool MergeInput(Sources<TypeDefinition> sources, TypeDefinition dest)
    {
        var listed = Enumerable.Range(0, subgraphs.Count).Where(i => subgraphs[i].Schema.Type(dest.Name) is not null).ToList();
        var fieldNames = sources.Present.SelectMany(p => p.Element.InputFields.Keys).Distinct().ToList();
        foreach (var name in fieldNames)
        {
            var fieldSources = new Sources<InputValueDefinition>(listed.Select(i => KeyValuePair.Create(i, sources[i]?.InputFields.GetValueOrDefault(name))));
            var field = new InputValueDefinition(name, fieldSources.Present.First().Element.Type, $"{dest.Name}.{name}");
            dest.InputFields[name] = field;
            field.Description = MergeDescription(fieldSources.Present.Select(p => p.Element.Description));
            MergeAppliedDirectives(fieldSources, f => f.Directives, field.Directives, inaccessiblePhase: true);
            var allTypesEqual = MergeTypeReference(fieldSources, field, isInput: true, isArgument: false);
            AddInputJoinFields(fieldSources, field, allTypesEqual);
            MergeDefaultValue(fieldSources, field, "Input field", CompositionErrorCodes.InputFieldDefaultMismatch);
            MergeAppliedDirectives(fieldSources, f => f.Directives, field.Directives, inaccessiblePhase: false);

            var missing = fieldSources.Entries.Where(e => e.Value is null).Select(e => names[e.Key]).ToList();
            if (missing.Count == 0 || (inaccessibleName is not null && field.HasDirective(inaccessibleName)))
            {
                continue;
            }

            var requiredIn = fieldSources.Present.Where(p => IsRequired(p.Element)).Select(p => names[p.Index]).ToList();
            if (requiredIn.Count > 0)
            {
                diagnostics.Error(CompositionErrorCodes.RequiredInputFieldMissingInSomeSubgraph,
                    $"Input object field \"{field.Coordinate}\" is required in some subgraphs but does not appear in all subgraphs: it is required in {HumanReadable.Subgraphs(requiredIn)} but does not appear in {HumanReadable.Subgraphs(missing)}",
                    requiredIn.Concat(missing));
            }
            else
            {
                diagnostics.Hint("INCONSISTENT_INPUT_OBJECT_FIELD",
                    $"Input object field \"{name}\" will not be added to \"{dest.Name}\" in the supergraph as it does not appear in all subgraphs.");
            }

            dest.InputFields.Remove(name);
        }

        if (dest.InputFields.Count == 0)
        {
            diagnostics.Error(CompositionErrorCodes.EmptyMergedInputType,
                $"None of the fields of input object type \"{dest.Name}\" are consistently defined in all the subgraphs defining that type. As only fields common to all subgraphs are merged, this would result in an empty type.",
                sources.Present.Select(p => names[p.Index]));
        }

        return true;
    }

    /// <summary>Input fields need <c>@join__field</c> when their type differs between subgraphs or some subgraph lacks them.</summary>
    private void AddInputJoinFields(Sources<InputValueDefinition> sources, InputValueDefinition dest, bool allTypesEqual)
    {
        if (allTypesEqual && sources.Entries.All(e => e.Value is not null))
        {
            return;
        }

        foreach (var (index, source) in sources.Present)
        {
            dest.Directives.Add(new AppliedDirective("join__field",
                ("graph", Graph(index)),
                ("type", allTypesEqual ? null : new StringValue(source.Type.ToString()))));
        }
    }
}
