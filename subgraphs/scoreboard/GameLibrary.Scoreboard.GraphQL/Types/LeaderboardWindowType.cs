using GameLibrary.Scoreboard.Boards;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>LeaderboardWindow</c> enum.</summary>
public sealed class LeaderboardWindowType : EnumerationGraphType<LeaderboardWindow>
{
    /// <summary>Creates the type.</summary>
    public LeaderboardWindowType()
    {
        Name = "LeaderboardWindow";
        Description = "The time a board covers, in UTC: all time, the day, the ISO week, the calendar month, or the season (a calendar quarter).";
    }
}
