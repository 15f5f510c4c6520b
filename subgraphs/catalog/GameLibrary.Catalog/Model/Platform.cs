namespace GameLibrary.Catalog.Model;

/// <summary>A platform games run on, e.g. Nintendo Switch.</summary>
public sealed class Platform
{
    /// <summary>The database identity; positive.</summary>
    public long Id { get; set; }

    /// <summary>The display name; unique.</summary>
    public string Name { get; set; } = "";
}
