namespace GameLibrary.Scoreboard.Boards;

/// <summary>
/// The one order of every board: higher score first; on equal scores, earlier <c>achievedAt</c> first; on equal
/// microseconds too, the greater user id (as text) first. Redis (member text, reverse order) and SQL
/// (<c>ORDER BY Value DESC, AchievedAtMicros, UserId DESC</c>) both produce it.
/// </summary>
public static class BoardOrder
{
    /// <summary>Negative when the first entry ranks higher.</summary>
    /// <param name="score1">The first entry's score.</param>
    /// <param name="micros1">The first entry's time.</param>
    /// <param name="user1">The first entry's player.</param>
    /// <param name="score2">The second entry's score.</param>
    /// <param name="micros2">The second entry's time.</param>
    /// <param name="user2">The second entry's player.</param>
    public static int Compare(long score1, long micros1, Guid user1, long score2, long micros2, Guid user2)
    {
        if (score1 != score2)
        {
            return score1 > score2 ? -1 : 1;
        }

        if (micros1 != micros2)
        {
            return micros1 < micros2 ? -1 : 1;
        }

        return -string.CompareOrdinal(user1.ToString("N"), user2.ToString("N"));
    }
}
