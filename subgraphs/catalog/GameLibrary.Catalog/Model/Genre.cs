namespace GameLibrary.Catalog.Model;

/// <summary>A genre games belong to, e.g. Role-playing.</summary>
public sealed class Genre
{
    /// <summary>The database identity; positive.</summary>
    public long Id { get; set; }

    /// <summary>The display name; unique.</summary>
    public string Name { get; set; } = "";
}
