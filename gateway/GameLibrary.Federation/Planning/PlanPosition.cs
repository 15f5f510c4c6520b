using GameLibrary.Federation.Planning.Selections;

namespace GameLibrary.Federation.Planning;

/// <summary>Where the planner adds selections: a group, the builder inside it, the type there, the response path, provided fields.</summary>
/// <param name="Group">The fetch group.</param>
/// <param name="Builder">The selection builder of the current object (possibly inside a fragment).</param>
/// <param name="Type">The type of the current object in that builder (concrete or abstract).</param>
/// <param name="Path">The response path of the current object.</param>
/// <param name="Provided">Fields the group's subgraph provides here although they are external there (<c>@provides</c>).</param>
/// <param name="Conditions">
/// The <c>@skip</c>/<c>@include</c> fragments entered since this object began; an entity fetch for a field
/// under them repeats them, so the target subgraph resolves only what the client's conditions include.
/// </param>
/// <param name="PathConditions">
/// The variable <c>@skip</c>/<c>@include</c> conditions of every field and fragment from the root to here: a fetch
/// entered only under them runs inside <c>Condition</c> nodes of the plan.
/// </param>
internal readonly record struct PlanPosition(
    FetchGroup Group,
    SelectionBuilder Builder,
    string Type,
    ResponsePath Path,
    SelectionList? Provided,
    IReadOnlyList<Selection> Conditions,
    IReadOnlyList<SelectionCondition> PathConditions)
{
    /// <summary>The subgraph of the group.</summary>
    public string Subgraph => Group.Subgraph;
}
