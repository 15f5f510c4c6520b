using GameLibrary.Federation.Planning.Selections;

namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>
/// Runs a node only when a boolean variable allows it: the plan form of <c>@skip</c>/<c>@include</c>, so fetches
/// that only serve an excluded selection are not sent. As in Apollo's plans, <c>Include(if: $v) { X }</c> has X as
/// <see cref="IfClause"/> and <c>Skip(if: $v) { X }</c> has it as <see cref="ElseClause"/>; the other clause is null.
/// </summary>
internal sealed class ConditionNode : PlanNode
{
    /// <summary>Wraps <paramref name="node"/> in the condition.</summary>
    public ConditionNode(SelectionCondition condition, PlanNode node)
    {
        Condition = condition.Variable;
        IfClause = condition.IsSkip ? null : node;
        ElseClause = condition.IsSkip ? node : null;
    }

    /// <summary>The variable (without <c>$</c>).</summary>
    public string Condition { get; }

    /// <summary>What runs when the variable is true (for <c>Include</c>).</summary>
    public PlanNode? IfClause { get; }

    /// <summary>What runs when the variable is false (for <c>Skip</c>).</summary>
    public PlanNode? ElseClause { get; }
}
