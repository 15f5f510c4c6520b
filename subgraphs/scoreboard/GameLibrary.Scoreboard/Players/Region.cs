namespace GameLibrary.Scoreboard.Players;

/// <summary>A player's region; the same names as the users subgraph's <c>Region</c>.</summary>
public enum Region
{
    /// <summary>North America.</summary>
    NA,

    /// <summary>Europe.</summary>
    EU,

    /// <summary>Asia-Pacific.</summary>
    APAC,

    /// <summary>Latin America.</summary>
    LATAM,

    /// <summary>Middle East and Africa.</summary>
    MEA,
}
