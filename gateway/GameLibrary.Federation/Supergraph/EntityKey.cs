namespace GameLibrary.Federation.Supergraph;

/// <summary>One <c>@key</c> of an entity in one subgraph.</summary>
/// <param name="Subgraph">The subgraph that declares the key.</param>
/// <param name="Fields">The key's field set.</param>
/// <param name="Resolvable">False for <c>@key(resolvable: false)</c>: the subgraph references the entity but cannot resolve it.</param>
internal sealed record EntityKey(string Subgraph, FieldSet Fields, bool Resolvable);
