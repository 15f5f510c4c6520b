namespace GameLibrary.Federation.Api;

/// <summary>A field of an object or interface type of the API schema.</summary>
internal sealed class ApiField
{
    internal ApiField(string name, ApiTypeRef type, IReadOnlyList<ApiInputValue> arguments)
    {
        Name = name;
        Type = type;
        Arguments = arguments;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The field's type.</summary>
    public ApiTypeRef Type { get; }

    /// <summary>The field's arguments in declaration order.</summary>
    public IReadOnlyList<ApiInputValue> Arguments { get; }
}
