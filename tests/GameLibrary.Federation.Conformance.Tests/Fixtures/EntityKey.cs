namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>One <c>@key</c> of an entity type in a subgraph.</summary>
/// <param name="Fields">The key's field set.</param>
/// <param name="Resolvable">False for <c>@key(…, resolvable: false)</c>: the subgraph only references the entity.</param>
internal sealed record EntityKey(FieldSet Fields, bool Resolvable);
