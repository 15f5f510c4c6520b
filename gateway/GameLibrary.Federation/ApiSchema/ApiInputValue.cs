using GraphQLParser.AST;

namespace GameLibrary.Federation.Api;

/// <summary>An argument or input field of the API schema.</summary>
internal sealed class ApiInputValue
{
    internal ApiInputValue(string name, ApiTypeRef type, GraphQLValue? defaultValue)
    {
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
    }

    /// <summary>The argument or input field name.</summary>
    public string Name { get; }

    /// <summary>Its type.</summary>
    public ApiTypeRef Type { get; }

    /// <summary>The default value literal, if one is declared.</summary>
    public GraphQLValue? DefaultValue { get; }
}
