namespace GameLibrary.Federation.DemandControl;

/// <summary>A field's <c>@listSize</c>: how big the list it returns (or the lists of the object it returns) is.</summary>
/// <param name="AssumedSize">The size to assume when no slicing argument tells.</param>
/// <param name="SlicingArguments">Arguments whose value is the size (the largest given one counts).</param>
/// <param name="SizedFields">Fields of the returned object whose lists the slicing arguments size (connections).</param>
internal sealed record ListSizeDirective(int? AssumedSize, IReadOnlyList<string> SlicingArguments, IReadOnlyList<string> SizedFields);
