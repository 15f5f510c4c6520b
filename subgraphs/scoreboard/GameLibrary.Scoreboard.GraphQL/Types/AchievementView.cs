namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>An unlocked achievement, as stored or as announced live.</summary>
/// <param name="Name">The achievement's name.</param>
/// <param name="GameId">The game it was unlocked on.</param>
/// <param name="UnlockedAt">When.</param>
public sealed record AchievementView(string Name, long? GameId, DateTimeOffset UnlockedAt);
