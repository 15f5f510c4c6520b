namespace GameLibrary.Catalog.Errors;

/// <summary>A catalog operation was refused because of its input; nothing was changed.</summary>
public sealed class CatalogException : Exception
{
    /// <summary>Creates the exception for one or more refused values of the same kind.</summary>
    /// <param name="kind">Why it was refused.</param>
    /// <param name="errors">The refused values; at least one.</param>
    public CatalogException(CatalogErrorKind kind, IReadOnlyList<CatalogFieldError> errors)
        : base(errors is { Count: > 0 } ? string.Join(" ", errors.Select(error => error.Message)) : throw new ArgumentException("At least one error is required.", nameof(errors)))
    {
        Kind = kind;
        Errors = errors;
    }

    /// <summary>Creates the exception for one refused value.</summary>
    /// <param name="kind">Why it was refused.</param>
    /// <param name="field">The input field at fault.</param>
    /// <param name="message">What is wrong.</param>
    public CatalogException(CatalogErrorKind kind, string field, string message)
        : this(kind, [new CatalogFieldError(field, message)])
    {
    }

    /// <summary>Why it was refused.</summary>
    public CatalogErrorKind Kind { get; }

    /// <summary>The refused values.</summary>
    public IReadOnlyList<CatalogFieldError> Errors { get; }
}
