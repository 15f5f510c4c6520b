namespace GameLibrary.Catalog.Model;

/// <summary>Links a game to a platform it runs on.</summary>
public sealed class GamePlatform
{
    /// <summary>The game.</summary>
    public long GameId { get; set; }

    /// <summary>The platform.</summary>
    public long PlatformId { get; set; }
}
