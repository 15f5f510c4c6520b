namespace GameLibrary.Users.Accounts;

/// <summary>A player's region.</summary>
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
