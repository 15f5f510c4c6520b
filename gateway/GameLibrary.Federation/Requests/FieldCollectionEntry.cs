using GameLibrary.Federation.Api;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// The sub-selection of a field collected for one runtime object type, kept on the field by
/// <see cref="FieldCollection.Sub"/> so completing its values usually needs no look-up (a field at an object
/// position always has the same runtime type). Immutable, so it is replaced whole when another type comes.
/// </summary>
/// <param name="Type">The runtime object type.</param>
/// <param name="Fields">The collected sub-fields for it.</param>
internal sealed record FieldCollectionEntry(ApiType Type, List<CollectedField> Fields);
