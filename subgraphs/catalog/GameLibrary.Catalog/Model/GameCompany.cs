namespace GameLibrary.Catalog.Model;

/// <summary>Links a game to a company in one role.</summary>
public sealed class GameCompany
{
    /// <summary>The game.</summary>
    public long GameId { get; set; }

    /// <summary>The company.</summary>
    public long CompanyId { get; set; }

    /// <summary>Developer or publisher.</summary>
    public CompanyRole Role { get; set; }
}
