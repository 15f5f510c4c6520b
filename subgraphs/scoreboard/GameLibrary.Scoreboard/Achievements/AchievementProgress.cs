using GameLibrary.Scoreboard.Events;

namespace GameLibrary.Scoreboard.Achievements;

/// <summary>What a submission unlocked, and everything its player holds afterwards.</summary>
/// <param name="Unlocked">The new unlocks (their outbox events are added, not saved).</param>
/// <param name="Held">Every achievement the player holds, the new ones included.</param>
public sealed record AchievementProgress(IReadOnlyList<AchievementUnlocked> Unlocked, IReadOnlySet<string> Held);
