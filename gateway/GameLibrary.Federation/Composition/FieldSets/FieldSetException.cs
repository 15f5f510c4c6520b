namespace GameLibrary.Federation.Composition.FieldSets;

/// <summary>A field set that does not parse or does not fit its type; <see cref="Code"/> overrides the directive's generic code.</summary>
internal sealed class FieldSetException(string message, string? code = null) : Exception(message)
{
    public string? Code { get; } = code;
}
