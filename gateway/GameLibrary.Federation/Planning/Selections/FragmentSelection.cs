using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning.Selections;

/// <summary>An inline fragment (or an inlined fragment spread): optional type condition, directives, selections.</summary>
internal sealed class FragmentSelection : Selection
{
    public FragmentSelection(string? typeCondition, IReadOnlyList<GraphQLDirective> directives, string directivesText, SelectionList selectionSet)
        : base(directives, directivesText)
    {
        TypeCondition = typeCondition;
        SelectionSet = selectionSet;
    }

    /// <summary>The type condition, or null for <c>... @include(if: $x) { }</c>.</summary>
    public string? TypeCondition { get; }

    /// <summary>The selections.</summary>
    public SelectionList SelectionSet { get; }
}
