using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.GraphQL.Support;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>Leaderboard</c> type: a page of one board.</summary>
public sealed class LeaderboardType : ObjectGraphType<LeaderboardPage>
{
    /// <summary>Creates the type.</summary>
    public LeaderboardType()
    {
        Name = "Leaderboard";
        Description = "A page of a board: players' best scores, highest first.";
        Field<NonNullGraphType<IdGraphType>>("gameId").Resolve(context => Ids.Format(context.Source.Board.GameId));
        Field<NonNullGraphType<GameType>>("game").Resolve(context => new GameReference { Id = context.Source.Board.GameId });
        Field<NonNullGraphType<LeaderboardWindowType>>("window")
            .Description("The window (ALL_TIME for a competition's board).")
            .Resolve(context => context.Source.Board.Period.Window ?? LeaderboardWindow.AllTime);
        Field<NonNullGraphType<StringGraphType>>("period")
            .Description("Which period of the window, e.g. 'd:2026-12-07', 'w:2026-W49', 'm:2026-12', 's:2026-Q4', 'all', or 'c:<competition>'.")
            .Resolve(context => context.Source.Board.Period.Key);
        Field<RegionType>("region").Description("The region; null for the global board.").Resolve(context => context.Source.Board.Region);
        Field<IdGraphType>("competitionId")
            .Description("The competition whose board this is.")
            .Resolve(context => context.Source.Board.Period.Key.StartsWith("c:", StringComparison.Ordinal)
                ? Ids.Format(Guid.ParseExact(context.Source.Board.Period.Key[2..], "N"))
                : null);
        Field<NonNullGraphType<IntGraphType>>("totalPlayers")
            .Description("How many players the whole board holds.")
            .Resolve(context => (int)Math.Min(int.MaxValue, context.Source.TotalPlayers));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeaderboardEntryType>>>>("entries")
            .Resolve(context => context.Source.Entries.Select(entry => new LeaderboardEntryView(entry, context.Source.Board.GameId)).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => new PageInfo(
            context.Source.HasNextPage,
            context.Source.HasPreviousPage,
            context.Source.Entries.Count > 0 ? context.Source.Entries[0].Cursor.Encode() : null,
            context.Source.Entries.Count > 0 ? context.Source.Entries[^1].Cursor.Encode() : null));
    }
}
