namespace GameLibrary.Catalog.Model;

/// <summary>A company that develops or publishes games.</summary>
public sealed class Company
{
    /// <summary>The database identity; positive.</summary>
    public long Id { get; set; }

    /// <summary>The display name; unique.</summary>
    public string Name { get; set; } = "";
}
