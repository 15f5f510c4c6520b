namespace GameLibrary.Catalog.Queries;

/// <summary>What games are sorted by; ties are broken by id in the same direction.</summary>
public enum GameOrderField
{
    /// <summary>By title.</summary>
    Title,

    /// <summary>By release date.</summary>
    ReleaseDate,

    /// <summary>By when the game was added.</summary>
    CreatedAt,
}
