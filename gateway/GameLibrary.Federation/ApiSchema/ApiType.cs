using System.Collections.Frozen;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Api;

/// <summary>
/// A named type of the API schema with the look-ups the request and response passes need: fields and
/// input fields by name, possible types of abstract types, enum values. Immutable once the schema is built.
/// </summary>
internal sealed class ApiType
{
    private FrozenDictionary<string, ApiField> _fields = FrozenDictionary<string, ApiField>.Empty;
    private FrozenDictionary<string, ApiInputValue> _inputFields = FrozenDictionary<string, ApiInputValue>.Empty;
    private FrozenSet<string> _possibleTypeNames = FrozenSet<string>.Empty;
    private FrozenSet<string> _enumValues = FrozenSet<string>.Empty;

    internal ApiType(string name, ApiTypeKind kind, GraphQLTypeDefinition? definition)
    {
        Name = name;
        Kind = kind;
        Definition = definition;
    }

    /// <summary>The type name.</summary>
    public string Name { get; }

    /// <summary>The kind of type.</summary>
    public ApiTypeKind Kind { get; }

    /// <summary>The type's definition in the API document; null for the built-in scalars.</summary>
    public GraphQLTypeDefinition? Definition { get; }

    /// <summary>Whether the type is an interface or a union.</summary>
    public bool IsAbstract => Kind is ApiTypeKind.Interface or ApiTypeKind.Union;

    /// <summary>Whether values of the type are objects with selections (object, interface, union).</summary>
    public bool IsComposite => Kind is ApiTypeKind.Object or ApiTypeKind.Interface or ApiTypeKind.Union;

    /// <summary>Whether the type is one of the five built-in scalars (Int, Float, String, Boolean, ID).</summary>
    public bool IsBuiltInScalar { get; private init; }

    /// <summary>The fields of an object or interface type, in declaration order.</summary>
    public IReadOnlyList<ApiField> Fields { get; private set; } = [];

    /// <summary>The input fields of an input object type, in declaration order.</summary>
    public IReadOnlyList<ApiInputValue> InputFields { get; private set; } = [];

    /// <summary>The object types an abstract type may resolve to (an object type: itself).</summary>
    public IReadOnlyList<ApiType> PossibleTypes { get; private set; } = [];

    /// <summary>The names of the interfaces an object or interface type implements.</summary>
    public IReadOnlyList<string> Interfaces { get; private set; } = [];

    /// <summary>The values of an enum type, in declaration order.</summary>
    public IReadOnlyList<string> EnumValues { get; private set; } = [];

    /// <summary>Whether an input object type is a OneOf input object (<c>@oneOf</c>).</summary>
    public bool IsOneOf { get; private set; }

    /// <summary>The <c>@specifiedBy(url:)</c> of a custom scalar.</summary>
    public string? SpecifiedByUrl { get; private set; }

    /// <summary>Creates one of the five built-in scalars.</summary>
    internal static ApiType BuiltInScalar(string name) => new(name, ApiTypeKind.Scalar, null) { IsBuiltInScalar = true };

    /// <summary>A field by name, or null.</summary>
    public ApiField? GetField(string name) => _fields.GetValueOrDefault(name);

    /// <summary>An input field by name, or null.</summary>
    public ApiInputValue? GetInputField(string name) => _inputFields.GetValueOrDefault(name);

    /// <summary>Whether an object type of this name is a possible type of this (abstract or object) type.</summary>
    public bool IsPossibleType(string objectTypeName) => _possibleTypeNames.Contains(objectTypeName);

    /// <summary>Whether the enum type has a value of this name.</summary>
    public bool HasEnumValue(string value) => _enumValues.Contains(value);

    internal void SetFields(List<ApiField> fields)
    {
        Fields = fields;
        _fields = fields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    internal void SetInputFields(List<ApiInputValue> inputFields, bool isOneOf)
    {
        InputFields = inputFields;
        IsOneOf = isOneOf;
        _inputFields = inputFields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    internal void SetPossibleTypes(List<ApiType> possibleTypes)
    {
        PossibleTypes = possibleTypes;
        _possibleTypeNames = possibleTypes.Select(t => t.Name).ToFrozenSet(StringComparer.Ordinal);
    }

    internal void SetInterfaces(List<string> interfaces) => Interfaces = interfaces;

    internal void SetEnumValues(List<string> values)
    {
        EnumValues = values;
        _enumValues = values.ToFrozenSet(StringComparer.Ordinal);
    }

    internal void SetSpecifiedByUrl(string? url) => SpecifiedByUrl = url;

    /// <inheritdoc />
    public override string ToString() => Name;
}
