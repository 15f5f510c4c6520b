using GameLibrary.Federation.Composition.FieldSets;
using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.Subgraphs;

/// <summary>
/// The checks Apollo runs on each subgraph before merging: references resolve, <c>@key</c>, <c>@requires</c> and
/// <c>@provides</c> field sets select what they may, <c>@external</c> fields are used, interface keys are repeated
/// on implementations. Messages are Apollo's, prefixed with <c>[subgraph]</c>.
/// </summary>
internal sealed class SubgraphValidator
{
    private static readonly FieldSetCodes KeyCodes = new(
        CompositionErrorCodes.KeyInvalidFields, CompositionErrorCodes.KeyInvalidFieldsType, CompositionErrorCodes.KeyFieldsHasArgs, FieldsMissingExternal: null, CompositionErrorCodes.KeyHasDirectiveInFieldsArg);

    private static readonly FieldSetCodes RequiresCodes = new(
        CompositionErrorCodes.RequiresInvalidFields, CompositionErrorCodes.RequiresInvalidFieldsType, FieldsHasArgs: null, CompositionErrorCodes.RequiresFieldsMissingExternal, CompositionErrorCodes.RequiresHasDirectiveInFieldsArg);

    private static readonly FieldSetCodes ProvidesCodes = new(
        CompositionErrorCodes.ProvidesInvalidFields, CompositionErrorCodes.ProvidesInvalidFieldsType, CompositionErrorCodes.ProvidesFieldsHasArgs, CompositionErrorCodes.ProvidesFieldsMissingExternal, CompositionErrorCodes.ProvidesHasDirectiveInFieldsArg);

    private readonly Subgraph subgraph;
    private readonly Schema schema;
    private readonly FederationNames names;
    private readonly CompositionDiagnostics diagnostics;

    private SubgraphValidator(Subgraph subgraph, CompositionDiagnostics diagnostics)
    {
        this.subgraph = subgraph;
        schema = subgraph.Schema;
        names = subgraph.Names;
        this.diagnostics = diagnostics;
    }

    /// <summary>Reports every problem; true when there was none.</summary>
    public static bool Validate(Subgraph subgraph, CompositionDiagnostics diagnostics)
    {
        var before = diagnostics.Errors.Count;
        var validator = new SubgraphValidator(subgraph, diagnostics);
        validator.ValidateReferences();
        if (diagnostics.Errors.Count > before)
        {
            return false;
        }

        validator.ValidateKeys();
        validator.ValidateRequires();
        validator.ValidateProvides();
        validator.ValidateExternals();
        validator.ValidateInterfaceKeys();
        validator.ValidateInterfaceObjects();
        validator.ValidateShareable();
        return diagnostics.Errors.Count == before;
    }

    private void Error(string code, string message) => diagnostics.SubgraphError(subgraph.Name, code, message);

    private void ValidateReferences()
    {
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in schema.Types.Values)
        {
            foreach (var itf in type.Interfaces)
            {
                Check(itf, builtInScalarAllowed: false, t => t.Kind == TypeKind.Interface, $"Type {type.Name} must only implement Interface types, it cannot implement {itf}.");
            }

            foreach (var member in type.Members)
            {
                Check(member, builtInScalarAllowed: false, t => t.Kind == TypeKind.Object, $"Union type {type.Name} can only include Object types, it cannot include {member}.");
            }

            foreach (var field in type.Fields.Values)
            {
                Check(field.Type.NamedType, builtInScalarAllowed: true, t => t.Kind != TypeKind.InputObject,
                    $"The type of \"{field.Coordinate}\" must be Output Type but got \"{field.Type}\", a {KindName(field.Type)}.");
                foreach (var argument in field.Arguments.Values)
                {
                    CheckInput(argument);
                }
            }

            foreach (var field in type.InputFields.Values)
            {
                CheckInput(field);
            }
        }

        foreach (var argument in schema.DirectiveDefinitions.Values.SelectMany(d => d.Arguments.Values))
        {
            CheckInput(argument);
        }

        void CheckInput(InputValueDefinition value) =>
            Check(value.Type.NamedType, builtInScalarAllowed: true, t => t.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject,
                $"The type of \"{value.Coordinate}\" must be Input Type but got \"{value.Type}\", a {KindName(value.Type)}.");

        string KindName(TypeRef type) => type switch
        {
            NonNullTypeRef => "NonNullType",
            ListTypeRef => "ListType",
            _ => schema.Type(type.NamedType)?.Kind.ToString() + "Type",
        };

        void Check(string name, bool builtInScalarAllowed, Func<TypeDefinition, bool> isValid, string message)
        {
            if (FederationSpec.BuiltInScalars.Contains(name))
            {
                if (!builtInScalarAllowed)
                {
                    Error(CompositionErrorCodes.InvalidGraphQL, message);
                }
            }
            else if (schema.Type(name) is not { } type)
            {
                if (unknown.Add(name))
                {
                    Error(CompositionErrorCodes.InvalidGraphQL, $"Unknown type {name}");
                }
            }
            else if (!isValid(type))
            {
                Error(CompositionErrorCodes.InvalidGraphQL, message);
            }
        }

        var unsupported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in schema.AllAppliedDirectives())
        {
            var nameInSpec = names.NameInSpec(directive.Name);
            var isFederation = nameInSpec is not null && (subgraph.IsFederation2 || FederationSpec.Federation1Directives.Contains(nameInSpec));
            if (isFederation && FederationSpec.Unsupported.Contains(nameInSpec!))
            {
                if (unsupported.Add(directive.Name))
                {
                    Error(CompositionErrorCodes.UnsupportedFeature, $"The @{nameInSpec} federation directive is not supported by this composer.");
                }
            }
            else if (!isFederation && !FederationSpec.BuiltInDirectives.Contains(directive.Name) && !schema.DirectiveDefinitions.ContainsKey(directive.Name))
            {
                Error(CompositionErrorCodes.InvalidGraphQL, $"Unknown directive \"@{directive.Name}\".{UnknownDirectiveAdvice(directive.Name)}");
            }
        }
    }

    private string UnknownDirectiveAdvice(string name)
    {
        if (!FederationSpec.Directives.ContainsKey(name))
        {
            return "";
        }

        if (!subgraph.IsFederation2)
        {
            return $" If you meant the \"@{name}\" federation 2 directive, note that this schema is a federation 1 schema. To be a federation 2 schema, it needs to @link to the federation specifcation v2.";
        }

        var local = LocalName(name);
        return local.Contains("__", StringComparison.Ordinal)
            ? $" If you meant the \"@{name}\" federation directive, you should use fully-qualified name \"@{local}\" or add \"@{name}\" to the `import` argument of the @link to the federation specification."
            : $" If you meant the \"@{name}\" federation directive, you should use \"@{local}\" as it is imported under that name in the @link to the federation specification of this schema.";
    }

    private string LocalName(string nameInSpec) => nameInSpec switch
    {
        FederationSpec.Key => names.Key,
        FederationSpec.Requires => names.Requires,
        FederationSpec.Provides => names.Provides,
        FederationSpec.External => names.External,
        FederationSpec.Shareable => names.Shareable,
        FederationSpec.Override => names.Override,
        FederationSpec.Tag => names.Tag,
        FederationSpec.Inaccessible => names.Inaccessible,
        FederationSpec.Extends => names.Extends,
        FederationSpec.ComposeDirective => names.ComposeDirective,
        FederationSpec.InterfaceObject => names.InterfaceObject,
        _ => "federation__" + nameInSpec,
    };

    private void ValidateKeys()
    {
        foreach (var type in schema.Types.Values.Where(t => t.Kind is TypeKind.Object or TypeKind.Interface))
        {
            foreach (var key in subgraph.Keys(type))
            {
                if (type.Kind == TypeKind.Interface && subgraph.IsFederation2 && subgraph.FederationMinor < 3)
                {
                    Error(CompositionErrorCodes.KeyUnsupportedOnInterface,
                        $"Cannot use @{names.Key} on interface \"{type.Name}\": @{names.Key} is not yet supported on interfaces");
                }

                ValidateFieldSet(type, key, $"type \"{type.Name}\"", KeyCodes, field =>
                {
                    if (schema.Type(field.Type.NamedType) is { Kind: TypeKind.Interface or TypeKind.Union } fieldType)
                    {
                        throw new FieldSetException(
                            $"field \"{field.Coordinate}\" is a {fieldType.Kind} type which is not allowed in @key",
                            CompositionErrorCodes.KeyFieldsSelectInvalidType);
                    }
                });
            }
        }
    }

    private void ValidateRequires()
    {
        foreach (var field in Fields())
        {
            foreach (var requires in field.DirectivesNamed(names.Requires))
            {
                if (field.Parent.Kind == TypeKind.Interface)
                {
                    Error(CompositionErrorCodes.RequiresUnsupportedOnInterface,
                        $"Cannot use @{names.Requires} on field \"{field.Coordinate}\" of parent type \"{field.Parent.Name}\": @{names.Requires} is not yet supported within interfaces");
                }

                ValidateFieldSet(field.Parent, requires, $"field \"{field.Coordinate}\"", RequiresCodes);
            }
        }
    }

    private void ValidateProvides()
    {
        foreach (var field in Fields())
        {
            foreach (var provides in field.DirectivesNamed(names.Provides))
            {
                if (subgraph.Metadata.IsExternal(field))
                {
                    Error(CompositionErrorCodes.ExternalCollisionWithAnotherDirective, $"Cannot have both @provides and @external on field \"{field.Coordinate}\"");
                    continue;
                }

                if (schema.Type(field.Type.NamedType) is not { IsComposite: true } target)
                {
                    Error(CompositionErrorCodes.ProvidesOnNonObjectField,
                        $"Invalid @provides directive on field \"{field.Coordinate}\": field has type \"{field.Type}\" which is not a Composite Type");
                    continue;
                }

                if (field.Parent.Kind == TypeKind.Interface)
                {
                    Error(CompositionErrorCodes.ProvidesUnsupportedOnInterface,
                        $"Cannot use @{names.Provides} on field \"{field.Coordinate}\" of parent type \"{field.Parent.Name}\": @{names.Provides} is not yet supported within interfaces");
                }

                ValidateFieldSet(target, provides, $"field \"{field.Coordinate}\"", ProvidesCodes);
            }
        }
    }

    private IEnumerable<FieldDefinition> Fields() =>
        schema.Types.Values.Where(t => t.Kind is TypeKind.Object or TypeKind.Interface).SelectMany(t => t.Fields.Values);

    private void ValidateFieldSet(
        TypeDefinition type,
        AppliedDirective directive,
        string target,
        FieldSetCodes codes,
        Action<FieldDefinition>? onField = null)
    {
        var prefix = $"On {target}, for {directive}: ";
        if (directive.Argument("fields") is not StringValue fields)
        {
            Error(codes.InvalidFieldsType, prefix + "Invalid value for argument \"fields\": must be a string.");
            return;
        }

        IReadOnlyList<ResolvedField> resolved;
        try
        {
            resolved = FieldSetResolver.Resolve(schema, type, fields.Text, onField);
            if (Flatten(resolved).FirstOrDefault(r => r.Selection.Alias is not null) is { } aliased)
            {
                throw new FieldSetException($"Cannot use alias \"{aliased.Selection.Alias}\" in \"{aliased.Selection}\": aliases are not currently supported in @{directive.Name}");
            }
        }
        catch (FieldSetException e)
        {
            var message = e.Message;
            if (message.StartsWith("Cannot query field", StringComparison.Ordinal))
            {
                message = message.TrimEnd('.') + (codes == KeyCodes
                    ? " (the field should either be added to this subgraph or, if it should not be resolved by this subgraph, you need to add it to this subgraph with @external)."
                    : " (if the field is defined in another subgraph, you need to add it to this subgraph with @external).");
            }

            Error(e.Code ?? codes.InvalidFields, prefix + message);
            return;
        }

        ValidateSelections(resolved, hasExternalInParents: false);

        void ValidateSelections(IReadOnlyList<ResolvedField> selections, bool hasExternalInParents)
        {
            foreach (var selection in selections)
            {
                if (selection.Selection.Directives.Count > 0)
                {
                    Error(codes.DirectiveInFieldsArg,
                        prefix + $"cannot have directive applications in the @{directive.Name}(fields:) argument but found {string.Join(", ", selection.Selection.Directives)}.");
                }

                var field = selection.Definition;
                var isExternal = subgraph.Metadata.IsExternal(field);
                if (codes.FieldsHasArgs is not null && field.Arguments.Count > 0)
                {
                    Error(codes.FieldsHasArgs,
                        prefix + $"field {field.Coordinate} cannot be included because it has arguments (fields with argument are not allowed in @{directive.Name})");
                }

                if (codes.FieldsMissingExternal is not null && !isExternal && selection.Children.Count == 0 && !hasExternalInParents)
                {
                    Error(codes.FieldsMissingExternal, prefix + (subgraph.Metadata.IsFakeExternal(field)
                        ? $"field \"{field.Coordinate}\" should not be part of a @{directive.Name} since it is already \"effectively\" provided by this subgraph "
                          + "(while it is marked @external, it is a @key field of an extension type, which are not internally considered external for historical/backward compatibility reasons)"
                        : $"field \"{field.Coordinate}\" should not be part of a @{directive.Name} since it is already provided by this subgraph (it is not marked @external)"));
                }

                if (selection.Children.Count > 0)
                {
                    var externalInParents = hasExternalInParents || isExternal
                        || (field.Parent.Kind == TypeKind.Interface && FieldSetResolver.Implementations(schema, field.Parent)
                            .Any(i => i.Field(field.Name) is { } implementation && subgraph.Metadata.IsExternal(implementation)));
                    ValidateSelections(selection.Children, externalInParents);
                }
            }
        }
    }

    private static IEnumerable<ResolvedField> Flatten(IEnumerable<ResolvedField> fields) =>
        fields.SelectMany(f => Flatten(f.Children).Prepend(f));

    private void ValidateExternals()
    {
        foreach (var type in schema.Types.Values.Where(t => t.Kind is TypeKind.Object or TypeKind.Interface))
        {
            foreach (var field in type.Fields.Values.Where(subgraph.Metadata.IsExternal))
            {
                if (type.Kind == TypeKind.Interface)
                {
                    Error(CompositionErrorCodes.ExternalOnInterface,
                        $"Interface type field \"{field.Coordinate}\" is marked @external but @external is not allowed on interface fields (it is nonsensical).");
                }

                if (!subgraph.Metadata.IsUsed(field))
                {
                    Error(CompositionErrorCodes.ExternalUnused,
                        $"Field \"{field.Coordinate}\" is marked @external but is not used in any federation directive (@key, @provides, @requires) or to satisfy an interface;"
                        + " the field declaration has no use and should be removed (or the field should not be @external).");
                }
            }
        }
    }

    private void ValidateInterfaceKeys()
    {
        foreach (var itf in schema.Types.Values.Where(t => t.Kind == TypeKind.Interface))
        {
            var implementations = FieldSetResolver.Implementations(schema, itf).ToList();
            foreach (var key in subgraph.Keys(itf))
            {
                var fields = NormalizedFields(key);
                var resolvable = key.BooleanArgument("resolvable") != false;
                var missing = new List<string>();
                var notResolvable = new List<string>();
                foreach (var implementation in implementations)
                {
                    var match = subgraph.Keys(implementation).FirstOrDefault(k => NormalizedFields(k) == fields);
                    if (match is null)
                    {
                        missing.Add(implementation.Name);
                    }
                    else if (resolvable && match.BooleanArgument("resolvable") == false)
                    {
                        notResolvable.Add(implementation.Name);
                    }
                }

                if (missing.Count > 0)
                {
                    Error(CompositionErrorCodes.InterfaceKeyNotOnImplementation,
                        $"Key {key} on interface type \"{itf.Name}\" is missing on implementation {HumanReadable.Types(missing)}.");
                }
                else if (notResolvable.Count > 0)
                {
                    Error(CompositionErrorCodes.InterfaceKeyNotOnImplementation,
                        $"Key {key} on interface type \"{itf.Name}\" should be resolvable on all implementation types, but is declared with argument \"@key(resolvable:)\" set to false in {HumanReadable.Types(notResolvable)}.");
                }
            }
        }
    }

    private static string NormalizedFields(AppliedDirective key) =>
        string.Join(' ', (key.StringArgument("fields") ?? "").Split([' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries));

    private void ValidateInterfaceObjects()
    {
        foreach (var type in schema.Types.Values.Where(t => t.Kind == TypeKind.Object && t.HasDirective(names.InterfaceObject) && !subgraph.IsEntity(t)))
        {
            Error(CompositionErrorCodes.InterfaceObjectUsageError,
                $"The @interfaceObject directive can only be applied to entity types but type \"{type.Name}\" has no @key in this subgraph.");
        }
    }

    private void ValidateShareable()
    {
        foreach (var field in schema.Types.Values.Where(t => t.Kind == TypeKind.Interface).SelectMany(t => t.Fields.Values).Where(f => f.HasDirective(names.Shareable)))
        {
            Error(CompositionErrorCodes.InvalidShareableUsage,
                $"Invalid use of @shareable on field \"{field.Coordinate}\": only object type fields can be marked with @shareable");
        }
    }

    /// <summary>
    /// The error codes of one field-set directive. A rule the directive is exempt from has no code: <c>@key</c> may
    /// select fields that are not external, <c>@requires</c> may select fields with arguments.
    /// </summary>
    private sealed record FieldSetCodes(string InvalidFields, string InvalidFieldsType, string? FieldsHasArgs, string? FieldsMissingExternal, string DirectiveInFieldsArg);
}
