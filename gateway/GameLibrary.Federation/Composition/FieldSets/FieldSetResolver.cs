using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.FieldSets;

/// <summary>Matches a field set against a type of a schema, the way Apollo's <c>parseFieldSetArgument</c> does.</summary>
internal static class FieldSetResolver
{
    /// <summary>
    /// The fields the field set selects on <paramref name="parentType"/>; throws <see cref="FieldSetException"/> at the
    /// first selection that does not fit. <paramref name="onField"/> sees every field found (it may throw too).
    /// </summary>
    public static IReadOnlyList<ResolvedField> Resolve(Schema schema, TypeDefinition parentType, string fields, Action<FieldDefinition>? onField = null) =>
        Resolve(schema, parentType, FieldSetParser.Parse(fields), onField);

    /// <summary>
    /// The fields a field set reaches without validating it (what Apollo's <c>collectTargetFields</c> returns):
    /// everything found up to the first problem, plus, for interface fields, the implementations' fields when asked.
    /// </summary>
    public static List<FieldDefinition> TargetFields(Schema schema, TypeDefinition parentType, string fields, bool includeImplementations)
    {
        var found = new List<FieldDefinition>();
        try
        {
            Resolve(schema, parentType, fields, field =>
            {
                found.Add(field);
                if (includeImplementations && field.Parent.Kind == TypeKind.Interface)
                {
                    found.AddRange(Implementations(schema, field.Parent).Select(t => t.Field(field.Name)).OfType<FieldDefinition>());
                }
            });
        }
        catch (FieldSetException)
        {
            // Invalid field sets are reported by validation; here they only stop the collection.
        }

        return found;
    }

    /// <summary>The object types of the schema that implement the interface.</summary>
    public static IEnumerable<TypeDefinition> Implementations(Schema schema, TypeDefinition itf) =>
        schema.Types.Values.Where(t => t.Kind == TypeKind.Object && t.Interfaces.Contains(itf.Name));

    private static List<ResolvedField> Resolve(Schema schema, TypeDefinition parentType, IReadOnlyList<FieldSetSelection> selections, Action<FieldDefinition>? onField)
    {
        var result = new List<ResolvedField>();
        foreach (var selection in selections)
        {
            switch (selection)
            {
                case FieldSelection field:
                    result.Add(ResolveField(schema, parentType, field, onField));
                    break;
                case InlineFragmentSelection fragment:
                    var target = parentType;
                    if (fragment.TypeCondition is not null)
                    {
                        target = schema.Type(fragment.TypeCondition) ?? throw new FieldSetException($"Unknown type \"{fragment.TypeCondition}\"");
                        if (!target.IsComposite)
                        {
                            throw new FieldSetException($"Fragment cannot condition on non composite type \"{target.Name}\".");
                        }
                    }

                    result.AddRange(Resolve(schema, target, fragment.SelectionSet, onField));
                    break;
            }
        }

        return result;
    }

    private static ResolvedField ResolveField(Schema schema, TypeDefinition parentType, FieldSelection selection, Action<FieldDefinition>? onField)
    {
        var definition = parentType.Kind is TypeKind.Object or TypeKind.Interface ? parentType.Field(selection.Name) : null;
        if (definition is null)
        {
            throw new FieldSetException($"Cannot query field \"{selection.Name}\" on type \"{parentType.Name}\".");
        }

        onField?.Invoke(definition);
        foreach (var argument in selection.Arguments)
        {
            if (!definition.Arguments.ContainsKey(argument.Name))
            {
                throw new FieldSetException($"Unknown argument \"{argument.Name}\" found in value: \"{definition.Coordinate}\" has no argument \"{argument.Name}\".");
            }
        }

        var fieldType = schema.Type(definition.Type.NamedType);
        var isLeaf = fieldType is null || fieldType.IsLeaf;
        if (selection.SelectionSet is null)
        {
            if (!isLeaf)
            {
                throw new FieldSetException($"Invalid empty selection set for field \"{definition.Coordinate}\" of non-leaf type {definition.Type}");
            }

            return new ResolvedField(definition, selection, []);
        }

        if (isLeaf)
        {
            throw new FieldSetException($"Field \"{definition.Coordinate}\" must not have a selection since type \"{definition.Type}\" has no subfields.");
        }

        return new ResolvedField(definition, selection, Resolve(schema, fieldType!, selection.SelectionSet, onField));
    }
}
