namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>A catalog game as this subgraph sees it: its key. Settable, with a parameterless constructor, for federation.</summary>
public sealed class GameReference
{
    /// <summary>The catalog's game id.</summary>
    public long Id { get; set; }
}
