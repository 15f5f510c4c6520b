namespace GameLibrary.Catalog.Events;

/// <summary>The event log the catalog publishes to.</summary>
public static class CatalogEventLog
{
    /// <summary>The log's name; consumers (users, recommendations) read it.</summary>
    public const string Name = "catalog";
}
