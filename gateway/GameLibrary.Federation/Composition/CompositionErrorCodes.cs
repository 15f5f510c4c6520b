namespace GameLibrary.Federation.Composition;

/// <summary>The error codes composition reports; the names and meanings are Apollo Federation's.</summary>
public static class CompositionErrorCodes
{
    /// <summary>A subgraph is not valid GraphQL (syntax, unknown types, duplicate definitions) or two subgraphs share a name.</summary>
    public const string InvalidGraphQL = "INVALID_GRAPHQL";

    /// <summary>A subgraph name is empty or reserved.</summary>
    public const string InvalidSubgraphName = "INVALID_SUBGRAPH_NAME";

    /// <summary>An <c>@link</c> has an invalid URL or imports something the linked specification does not define.</summary>
    public const string InvalidLinkDirectiveUsage = "INVALID_LINK_DIRECTIVE_USAGE";

    /// <summary>A federation feature this composer does not support (e.g. <c>@authenticated</c>, <c>@context</c>) is used.</summary>
    public const string UnsupportedFeature = "UNSUPPORTED_FEATURE";

    /// <summary>A <c>@key(fields:)</c> is not a valid selection of the type.</summary>
    public const string KeyInvalidFields = "KEY_INVALID_FIELDS";

    /// <summary>The <c>fields</c> argument of a <c>@key</c> is not a string.</summary>
    public const string KeyInvalidFieldsType = "KEY_INVALID_FIELDS_TYPE";

    /// <summary>A <c>@key</c> selects a field that takes arguments.</summary>
    public const string KeyFieldsHasArgs = "KEY_FIELDS_HAS_ARGS";

    /// <summary>A <c>@key</c> selects a field whose type is an interface or a union.</summary>
    public const string KeyFieldsSelectInvalidType = "KEY_FIELDS_SELECT_INVALID_TYPE";

    /// <summary>A <c>@key</c> is on an interface in a subgraph linking Federation older than 2.3.</summary>
    public const string KeyUnsupportedOnInterface = "KEY_UNSUPPORTED_ON_INTERFACE";

    /// <summary>A <c>fields</c> argument of <c>@key</c> contains directive applications.</summary>
    public const string KeyHasDirectiveInFieldsArg = "KEY_DIRECTIVE_IN_FIELDS_ARG";

    /// <summary>A <c>@requires(fields:)</c> is not a valid selection of the parent type.</summary>
    public const string RequiresInvalidFields = "REQUIRES_INVALID_FIELDS";

    /// <summary>The <c>fields</c> argument of a <c>@requires</c> is not a string.</summary>
    public const string RequiresInvalidFieldsType = "REQUIRES_INVALID_FIELDS_TYPE";

    /// <summary>A <c>@requires</c> selects a field that is not <c>@external</c>.</summary>
    public const string RequiresFieldsMissingExternal = "REQUIRES_FIELDS_MISSING_EXTERNAL";

    /// <summary>A <c>@requires</c> is on an interface field.</summary>
    public const string RequiresUnsupportedOnInterface = "REQUIRES_UNSUPPORTED_ON_INTERFACE";

    /// <summary>A <c>fields</c> argument of <c>@requires</c> contains directive applications.</summary>
    public const string RequiresHasDirectiveInFieldsArg = "REQUIRES_DIRECTIVE_IN_FIELDS_ARG";

    /// <summary>A <c>@provides(fields:)</c> is not a valid selection of the field's type.</summary>
    public const string ProvidesInvalidFields = "PROVIDES_INVALID_FIELDS";

    /// <summary>The <c>fields</c> argument of a <c>@provides</c> is not a string.</summary>
    public const string ProvidesInvalidFieldsType = "PROVIDES_INVALID_FIELDS_TYPE";

    /// <summary>A <c>@provides</c> selects a field that is not <c>@external</c>.</summary>
    public const string ProvidesFieldsMissingExternal = "PROVIDES_FIELDS_MISSING_EXTERNAL";

    /// <summary>A <c>@provides</c> selects a field that takes arguments.</summary>
    public const string ProvidesFieldsHasArgs = "PROVIDES_FIELDS_HAS_ARGS";

    /// <summary>A <c>@provides</c> is on a field whose type is not a composite type.</summary>
    public const string ProvidesOnNonObjectField = "PROVIDES_ON_NON_OBJECT_FIELD";

    /// <summary>A <c>@provides</c> is on an interface field.</summary>
    public const string ProvidesUnsupportedOnInterface = "PROVIDES_UNSUPPORTED_ON_INTERFACE";

    /// <summary>A <c>fields</c> argument of <c>@provides</c> contains directive applications.</summary>
    public const string ProvidesHasDirectiveInFieldsArg = "PROVIDES_DIRECTIVE_IN_FIELDS_ARG";

    /// <summary>An <c>@external</c> field is used by no <c>@key</c>, <c>@requires</c>, <c>@provides</c> or interface.</summary>
    public const string ExternalUnused = "EXTERNAL_UNUSED";

    /// <summary>An interface field is marked <c>@external</c>.</summary>
    public const string ExternalOnInterface = "EXTERNAL_ON_INTERFACE";

    /// <summary>A field is both <c>@external</c> and <c>@provides</c>.</summary>
    public const string ExternalCollisionWithAnotherDirective = "EXTERNAL_COLLISION_WITH_ANOTHER_DIRECTIVE";

    /// <summary>A field is <c>@external</c> in every subgraph that declares it.</summary>
    public const string ExternalMissingOnBase = "EXTERNAL_MISSING_ON_BASE";

    /// <summary>An <c>@external</c> field's type is incompatible with the field's type where it is resolved.</summary>
    public const string ExternalTypeMismatch = "EXTERNAL_TYPE_MISMATCH";

    /// <summary>An <c>@external</c> field lacks an argument the resolving subgraphs declare.</summary>
    public const string ExternalArgumentMissing = "EXTERNAL_ARGUMENT_MISSING";

    /// <summary>An argument of an <c>@external</c> field has a type incompatible with the argument where the field is resolved.</summary>
    public const string ExternalArgumentTypeMismatch = "EXTERNAL_ARGUMENT_TYPE_MISMATCH";

    /// <summary>A merged directive (<c>@tag</c>, <c>@inaccessible</c>, ...) is applied to an <c>@external</c> field.</summary>
    public const string MergedDirectiveApplicationOnExternal = "MERGED_DIRECTIVE_APPLICATION_ON_EXTERNAL";

    /// <summary>A field that is not <c>@shareable</c> is resolved by several subgraphs.</summary>
    public const string InvalidFieldSharing = "INVALID_FIELD_SHARING";

    /// <summary><c>@shareable</c> is used where it is not allowed (interface fields).</summary>
    public const string InvalidShareableUsage = "INVALID_SHAREABLE_USAGE";

    /// <summary>A field has incompatible types in different subgraphs.</summary>
    public const string FieldTypeMismatch = "FIELD_TYPE_MISMATCH";

    /// <summary>An argument has incompatible types in different subgraphs.</summary>
    public const string FieldArgumentTypeMismatch = "FIELD_ARGUMENT_TYPE_MISMATCH";

    /// <summary>An argument has different default values in different subgraphs.</summary>
    public const string FieldArgumentDefaultMismatch = "FIELD_ARGUMENT_DEFAULT_MISMATCH";

    /// <summary>An input field has different default values in different subgraphs.</summary>
    public const string InputFieldDefaultMismatch = "INPUT_FIELD_DEFAULT_MISMATCH";

    /// <summary>A type is declared with different kinds (object, interface, ...) in different subgraphs.</summary>
    public const string TypeKindMismatch = "TYPE_KIND_MISMATCH";

    /// <summary>A type is only ever declared as an extension.</summary>
    public const string ExtensionWithNoBase = "EXTENSION_WITH_NO_BASE";

    /// <summary>No subgraph has a query field.</summary>
    public const string NoQueries = "NO_QUERIES";

    /// <summary>A root type has a non-default name while another type has the default name.</summary>
    public const string RootQueryUsed = "ROOT_QUERY_USED";

    /// <summary>A root type has a non-default name while another type has the default name.</summary>
    public const string RootMutationUsed = "ROOT_MUTATION_USED";

    /// <summary>A root type has a non-default name while another type has the default name.</summary>
    public const string RootSubscriptionUsed = "ROOT_SUBSCRIPTION_USED";

    /// <summary><c>@override(from:)</c> names the subgraph it is in.</summary>
    public const string OverrideFromSelfError = "OVERRIDE_FROM_SELF_ERROR";

    /// <summary>The field <c>@override</c> takes over is itself marked <c>@override</c>.</summary>
    public const string OverrideSourceHasOverride = "OVERRIDE_SOURCE_HAS_OVERRIDE";

    /// <summary><c>@override</c> takes over a field marked <c>@external</c>, <c>@requires</c> or <c>@provides</c>.</summary>
    public const string OverrideCollisionWithAnotherDirective = "OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE";

    /// <summary><c>@override</c> is on an interface field.</summary>
    public const string OverrideOnInterface = "OVERRIDE_ON_INTERFACE";

    /// <summary>An <c>@override(label:)</c> is neither a feature-flag name nor <c>percent(x)</c>.</summary>
    public const string OverrideLabelInvalid = "OVERRIDE_LABEL_INVALID";

    /// <summary>An enum used as input and output type has values missing from some subgraphs.</summary>
    public const string EnumValueMismatch = "ENUM_VALUE_MISMATCH";

    /// <summary>No value of an enum is defined in every subgraph that defines it, and it is used as an input type.</summary>
    public const string EmptyMergedEnumType = "EMPTY_MERGED_ENUM_TYPE";

    /// <summary>No field of an input type is defined in every subgraph that defines it.</summary>
    public const string EmptyMergedInputType = "EMPTY_MERGED_INPUT_TYPE";

    /// <summary>A required input field is missing from some subgraphs that define the input type.</summary>
    public const string RequiredInputFieldMissingInSomeSubgraph = "REQUIRED_INPUT_FIELD_MISSING_IN_SOME_SUBGRAPH";

    /// <summary>A required argument is missing from some subgraphs that define the field.</summary>
    public const string RequiredArgumentMissingInSomeSubgraph = "REQUIRED_ARGUMENT_MISSING_IN_SOME_SUBGRAPH";

    /// <summary>An object type lacks a field of an interface it implements in another subgraph.</summary>
    public const string InterfaceFieldNoImplementation = "INTERFACE_FIELD_NO_IMPLEM";

    /// <summary><c>@interfaceObject</c> is misused (not an entity, no interface anywhere, implementations defined alongside).</summary>
    public const string InterfaceObjectUsageError = "INTERFACE_OBJECT_USAGE_ERROR";

    /// <summary>An interface <c>@key</c> is missing on an implementation in the same subgraph.</summary>
    public const string InterfaceKeyNotOnImplementation = "INTERFACE_KEY_NOT_ON_IMPLEMENTATION";

    /// <summary>A subgraph with a resolvable interface <c>@key</c> lacks some of the interface's implementations.</summary>
    public const string InterfaceKeyMissingImplementationType = "INTERFACE_KEY_MISSING_IMPLEMENTATION_TYPE";

    /// <summary>A Federation 1 type has only <c>@external</c> fields that nothing uses, yet other types refer to it.</summary>
    public const string TypeWithOnlyUnusedExternal = "TYPE_WITH_ONLY_UNUSED_EXTERNAL";

    /// <summary>A directive is imported under different names in different subgraphs.</summary>
    public const string LinkImportNameMismatch = "LINK_IMPORT_NAME_MISMATCH";

    /// <summary>A <c>@composeDirective</c> names a directive that is not defined or not imported from a linked feature.</summary>
    public const string DirectiveCompositionError = "DIRECTIVE_COMPOSITION_ERROR";
}
