namespace GameLibrary.Recommendations.GraphQL.Types;

/// <summary>A user as this subgraph sees it: just its key (the users subgraph owns the rest).</summary>
public sealed class UserReference
{
    /// <summary>The user id.</summary>
    public Guid Id { get; set; }
}
