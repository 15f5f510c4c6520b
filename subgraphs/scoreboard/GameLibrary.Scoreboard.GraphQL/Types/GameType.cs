using GameLibrary.Scoreboard.GraphQL.Support;

using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The catalog's <c>Game</c> entity, extended with its boards. Any id resolves: the catalog owns existence.</summary>
public sealed class GameType : ObjectGraphType<GameReference>
{
    /// <summary>Creates the type.</summary>
    /// <param name="services">Reads the page size limit.</param>
    public GameType(IServiceProvider services)
    {
        int maxFirst = services.GetRequiredService<IOptions<ScoreboardOptions>>().Value.MaxPageSize;
        Name = "Game";
        this.Key("id");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => Ids.Format(context.Source.Id));
        Field<NonNullGraphType<LeaderboardType>>("leaderboard")
            .Description("A board of this game (see Query.leaderboard).")
            .WithBoardArguments(maxFirst)
            .ResolveAsync(async context => await ScoreboardErrors.GuardAsync(() => BoardArguments.ReadAsync(context, context.Source.Id)).ConfigureAwait(false));
        this.ResolveReference<GameReference>((_, reference) => reference);
    }
}
