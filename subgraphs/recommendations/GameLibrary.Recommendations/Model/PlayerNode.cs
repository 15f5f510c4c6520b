namespace GameLibrary.Recommendations.Model;

/// <summary>A player in the in-memory model.</summary>
internal sealed class PlayerNode(Guid id)
{
    public Guid Id { get; } = id;

    public string? Region { get; set; }

    public Dictionary<long, int> Ratings { get; } = [];

    public Dictionary<long, string> Library { get; } = [];

    public Dictionary<long, int> PlayCounts { get; } = [];

    /// <summary>Games with a positive interaction (see <see cref="GameNode.Fans"/>).</summary>
    public HashSet<long> Liked { get; } = [];

    /// <summary>Bumped on every change, so a cached pick list computed before it is never served after it.</summary>
    public long Version { get; set; }

    public bool HasHistory => Ratings.Count > 0 || Library.Count > 0 || PlayCounts.Count > 0;
}
