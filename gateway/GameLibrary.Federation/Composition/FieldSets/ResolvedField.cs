using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.FieldSets;

/// <summary>A field-set field matched to its definition; inline fragments are flattened into their parent's children.</summary>
internal sealed record ResolvedField(FieldDefinition Definition, FieldSelection Selection, IReadOnlyList<ResolvedField> Children);
