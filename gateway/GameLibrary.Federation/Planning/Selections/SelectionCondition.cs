using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning.Selections;

/// <summary>
/// A <c>@skip(if: $v)</c> or <c>@include(if: $v)</c> on a selection: the selection exists only when the variable
/// says so. Literal conditions never get here: the normalizer prunes or drops them.
/// </summary>
/// <param name="Variable">The variable name (without <c>$</c>).</param>
/// <param name="IsSkip">True for <c>@skip</c> (selected when the variable is false), false for <c>@include</c>.</param>
internal sealed record SelectionCondition(string Variable, bool IsSkip)
{
    /// <summary>The variable conditions among <paramref name="directives"/>, in document order.</summary>
    public static IReadOnlyList<SelectionCondition> From(IReadOnlyList<GraphQLDirective> directives)
    {
        List<SelectionCondition>? conditions = null;
        foreach (var directive in directives)
        {
            if (Kind(directive) is { } isSkip && If(directive) is GraphQLVariable variable)
            {
                (conditions ??= []).Add(new SelectionCondition(variable.Name.StringValue, isSkip));
            }
        }

        return conditions ?? (IReadOnlyList<SelectionCondition>)[];
    }

    /// <summary>
    /// What a literal <c>@skip</c>/<c>@include</c> decides: false when it excludes the selection, true when it
    /// keeps it (the directive is then meaningless), null when <paramref name="directive"/> is not such a literal.
    /// </summary>
    public static bool? Literal(GraphQLDirective directive) =>
        Kind(directive) is { } isSkip && If(directive) is GraphQLBooleanValue literal ? literal.BoolValue != isSkip : null;

    /// <summary><paramref name="conditions"/> plus those of <paramref name="added"/> not in it yet (order kept).</summary>
    public static IReadOnlyList<SelectionCondition> Append(IReadOnlyList<SelectionCondition> conditions, IReadOnlyList<SelectionCondition> added)
    {
        if (added.Count == 0)
        {
            return conditions;
        }

        var result = new List<SelectionCondition>(conditions);
        foreach (var condition in added)
        {
            if (!result.Contains(condition))
            {
                result.Add(condition);
            }
        }

        return result.Count == conditions.Count ? conditions : result;
    }

    /// <summary>Prints <c>Skip(if: $v)</c> or <c>Include(if: $v)</c>, as Apollo's plans do.</summary>
    public override string ToString() => $"{(IsSkip ? "Skip" : "Include")}(if: ${Variable})";

    private static bool? Kind(GraphQLDirective directive) => directive.Name.StringValue switch
    {
        "skip" => true,
        "include" => false,
        _ => null,
    };

    private static GraphQLValue? If(GraphQLDirective directive) =>
        directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if")?.Value;
}
