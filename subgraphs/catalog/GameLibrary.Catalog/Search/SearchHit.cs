namespace GameLibrary.Catalog.Search;

/// <summary>A scored search result; settable because EF Core's <c>SqlQuery</c> materializes it.</summary>
internal sealed class SearchHit
{
    public long Id { get; set; }

    public string Title { get; set; } = "";

    public double Score { get; set; }
}
