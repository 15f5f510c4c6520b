using System.Text.Json.Nodes;
using GameLibrary.Federation.Planning.Nodes;
using GameLibrary.Federation.Planning.Selections;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// Evaluates <c>@skip</c>/<c>@include</c> conditions with a request's coerced variables. A variable that is absent
/// or not a boolean keeps the selection, as the response writer's field collection does.
/// </summary>
internal static class ConditionEvaluator
{
    /// <summary>The clause of a condition node to run, or null when the variable excludes its selection.</summary>
    public static PlanNode? Choose(ConditionNode node, JsonObject variables) => Read(node.Condition, variables) switch
    {
        true => node.IfClause,
        false => node.ElseClause,
        null => node.IfClause ?? node.ElseClause,
    };

    /// <summary>Whether a selection under <paramref name="conditions"/> is part of the response.</summary>
    public static bool Includes(IReadOnlyList<SelectionCondition> conditions, JsonObject variables)
    {
        foreach (var condition in conditions)
        {
            if (Read(condition.Variable, variables) == condition.IsSkip)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The distinct response keys of <paramref name="keys"/> whose conditions the variables include.</summary>
    public static IEnumerable<string> IncludedKeys(IReadOnlyList<FieldKey> keys, JsonObject variables) =>
        keys.Where(k => Includes(k.Conditions, variables)).Select(k => k.ResponseKey).Distinct(StringComparer.Ordinal);

    private static bool? Read(string variable, JsonObject variables) =>
        variables[variable] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;
}
