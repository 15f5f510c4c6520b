namespace GameLibrary.Recommendations.ReadModel;

/// <summary>A registered player: the region drives the cold start.</summary>
public sealed class PlayerRow
{
    /// <summary>The user id.</summary>
    public Guid UserId { get; set; }

    /// <summary>The region's name, e.g. <c>EU</c>.</summary>
    public string Region { get; set; } = "";
}
