namespace GameLibrary.Catalog.Errors;

/// <summary>One refused value.</summary>
/// <param name="Field">The input field at fault, e.g. <c>slug</c> or <c>genreIds</c>.</param>
/// <param name="Message">What is wrong, for people.</param>
public sealed record CatalogFieldError(string Field, string Message);
