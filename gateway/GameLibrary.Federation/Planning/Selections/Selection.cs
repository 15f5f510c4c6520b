using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning.Selections;

/// <summary>One entry of a normalized selection set: a field or an inline fragment (fragment spreads are inlined).</summary>
internal abstract class Selection
{
    protected Selection(IReadOnlyList<GraphQLDirective> directives, string directivesText)
    {
        Directives = directives;
        DirectivesText = directivesText;
        Conditions = SelectionCondition.From(directives);
    }

    /// <summary>The directives as written (<c>@skip</c>/<c>@include</c> and any executable directive).</summary>
    public IReadOnlyList<GraphQLDirective> Directives { get; }

    /// <summary>The directives printed (empty when none), used to merge identical selections.</summary>
    public string DirectivesText { get; }

    /// <summary>The variable <c>@skip</c>/<c>@include</c> conditions among the directives.</summary>
    public IReadOnlyList<SelectionCondition> Conditions { get; }
}
