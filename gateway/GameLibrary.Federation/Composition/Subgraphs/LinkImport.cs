namespace GameLibrary.Federation.Composition.Subgraphs;

/// <summary>One entry of <c>@link(import:)</c>: a directive (<c>@key</c>) or type (<c>FieldSet</c>), possibly renamed.</summary>
/// <param name="Name">The name in the specification, without <c>@</c>.</param>
/// <param name="LocalName">The name in the schema, without <c>@</c>.</param>
/// <param name="IsDirective">True for <c>@</c> names.</param>
internal sealed record LinkImport(string Name, string LocalName, bool IsDirective);
