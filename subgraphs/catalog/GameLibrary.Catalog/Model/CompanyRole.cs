namespace GameLibrary.Catalog.Model;

/// <summary>What a company did for a game.</summary>
public enum CompanyRole
{
    /// <summary>Made the game.</summary>
    Developer = 1,

    /// <summary>Brought the game to market.</summary>
    Publisher = 2,
}
