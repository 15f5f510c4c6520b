using GameLibrary.Federation.Planning.Selections;

namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>
/// A client response key a fetch fills, with the <c>@skip</c>/<c>@include</c> conditions it is selected under in the
/// fetch: a failed fetch reports errors only for the keys the request's variables include.
/// </summary>
/// <param name="ResponseKey">The response key.</param>
/// <param name="Conditions">The conditions of the field and of the fragments around it in the fetch.</param>
internal sealed record FieldKey(string ResponseKey, IReadOnlyList<SelectionCondition> Conditions);
