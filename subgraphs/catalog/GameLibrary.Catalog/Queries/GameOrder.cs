namespace GameLibrary.Catalog.Queries;

/// <summary>How a listing is sorted.</summary>
/// <param name="Field">The sort key.</param>
/// <param name="Direction">The direction, of the key and of the id tie-breaker.</param>
public sealed record GameOrder(GameOrderField Field, SortDirection Direction)
{
    /// <summary>The default order: by title, A to Z.</summary>
    public static GameOrder Default { get; } = new(GameOrderField.Title, SortDirection.Ascending);
}
