using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning.Selections;

/// <summary>A field selection: alias, name, arguments, directives and sub-selections.</summary>
internal sealed class FieldSelection : Selection
{
    public FieldSelection(
        string? alias,
        string name,
        GraphQLArguments? arguments,
        string argumentsText,
        IReadOnlyList<GraphQLDirective> directives,
        string directivesText,
        SelectionList? selectionSet)
        : base(directives, directivesText)
    {
        Alias = alias;
        Name = name;
        Arguments = arguments;
        ArgumentsText = argumentsText;
        SelectionSet = selectionSet;
    }

    /// <summary>The alias, if any.</summary>
    public string? Alias { get; }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The response key (alias or name).</summary>
    public string ResponseKey => Alias ?? Name;

    /// <summary>The arguments as written, if any.</summary>
    public GraphQLArguments? Arguments { get; }

    /// <summary>The arguments printed (<c>(first: $n)</c>, empty when none).</summary>
    public string ArgumentsText { get; }

    /// <summary>The sub-selections of a composite field.</summary>
    public SelectionList? SelectionSet { get; }

    /// <summary>The same field with another sub-selection (one part of a selection split across subgraphs).</summary>
    public FieldSelection With(SelectionList selectionSet) =>
        new(Alias, Name, Arguments, ArgumentsText, Directives, DirectivesText, selectionSet);

    /// <summary>What makes two fields with one response key the same field: name and arguments.</summary>
    public string Signature => Name + ArgumentsText;
}
