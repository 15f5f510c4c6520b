using GraphQLParser.AST;

namespace GameLibrary.Federation.Supergraph;

/// <summary>A parsed <c>join__FieldSet</c> (a key, requires or provides selection) of a type.</summary>
internal sealed class FieldSet
{
    internal FieldSet(string typeName, string text, GraphQLSelectionSet selectionSet)
    {
        TypeName = typeName;
        Text = text;
        SelectionSet = selectionSet;
    }

    /// <summary>The type the field set selects on.</summary>
    public string TypeName { get; }

    /// <summary>The field set as written in the supergraph.</summary>
    public string Text { get; }

    /// <summary>The field set parsed as <c>{ &lt;fieldset&gt; }</c>.</summary>
    public GraphQLSelectionSet SelectionSet { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
