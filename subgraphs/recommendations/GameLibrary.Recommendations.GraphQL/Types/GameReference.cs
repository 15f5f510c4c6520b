namespace GameLibrary.Recommendations.GraphQL.Types;

/// <summary>
/// A catalog game as this subgraph sees it: just its key. Federation needs a settable key and a public parameterless
/// constructor to read representations into it.
/// </summary>
public sealed class GameReference
{
    /// <summary>The catalog's game id.</summary>
    public long Id { get; set; }
}
