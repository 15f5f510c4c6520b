using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.FieldSets;

/// <summary>A selection of a field set (<c>@key(fields:)</c>, <c>@requires</c>, <c>@provides</c>) as written.</summary>
internal abstract record FieldSetSelection(IReadOnlyList<AppliedDirective> Directives);

/// <summary>A field of a field set, with its sub-selection when it has one.</summary>
internal sealed record FieldSelection(
    string Name,
    string? Alias,
    IReadOnlyList<DirectiveArgument> Arguments,
    IReadOnlyList<AppliedDirective> Directives,
    IReadOnlyList<FieldSetSelection>? SelectionSet) : FieldSetSelection(Directives)
{
    public override string ToString() => Alias is null ? Name : $"{Alias}: {Name}";
}

/// <summary>An inline fragment of a field set: <c>... on Book { isbn }</c>.</summary>
internal sealed record InlineFragmentSelection(
    string? TypeCondition,
    IReadOnlyList<AppliedDirective> Directives,
    IReadOnlyList<FieldSetSelection> SelectionSet) : FieldSetSelection(Directives);
