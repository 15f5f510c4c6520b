namespace GameLibrary.Catalog.Errors;

/// <summary>Why a catalog operation was refused; the API maps each to an error code.</summary>
public enum CatalogErrorKind
{
    /// <summary>A value breaks a rule (length, format, unknown reference, malformed cursor).</summary>
    InvalidInput,

    /// <summary>The addressed entity does not exist.</summary>
    NotFound,

    /// <summary>The change clashes with existing data (a slug already taken).</summary>
    Conflict,
}
