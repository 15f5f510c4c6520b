using GameLibrary.DataLoader;
using GameLibrary.Users.GraphQL.Loaders;
using GameLibrary.Users.GraphQL.Support;
using GameLibrary.Users.Library;

using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Users.GraphQL.Types;

/// <summary>
/// The catalog's <c>Game</c> entity, extended with what players say about it. Any id resolves by reference:
/// the catalog owns existence, and an unrated game simply has no ratings.
/// </summary>
public sealed class GameType : ObjectGraphType<GameReference>
{
    /// <summary>Creates the type.</summary>
    public GameType()
    {
        Name = "Game";
        this.Key("id");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => Ids.Format(context.Source.Id));
        Field<FloatGraphType>("averageRating")
            .Description("The average of players' ratings (1–10); null when nobody rated the game.")
            .Resolve(context => Summary(context).Then(summary => summary?.Average));
        Field<NonNullGraphType<IntGraphType>>("ratingsCount")
            .Description("How many players rated the game.")
            .Resolve(context => Summary(context).Then(summary => summary?.Count ?? 0));
        Field<LibraryEntryType>("viewerEntry")
            .Description("The game in the signed-in player's library; null for anonymous callers and games not in it.")
            .Resolve(context => Viewer.IdOf(context.User) is { } viewerId
                ? context.RequestServices!.GetRequiredService<LibraryEntryLoader>().LoadAsync((viewerId, context.Source.Id))
                : null);
        Field<IntGraphType>("viewerRating")
            .Description("The signed-in player's own rating of the game, 1–10, whether or not it is in their library; null for anonymous callers and unrated games.")
            .Resolve(context => Viewer.IdOf(context.User) is { } viewerId
                ? context.RequestServices!.GetRequiredService<RatingLoader>().LoadAsync((viewerId, context.Source.Id)).Then(rating => rating?.Rating)
                : null);
        this.ResolveReference<GameReference>((_, reference) => reference);
    }

    private static IDataLoaderResult<RatingSummary?> Summary(IResolveFieldContext<GameReference> context) =>
        context.RequestServices!.GetRequiredService<RatingSummaryLoader>().LoadAsync(context.Source.Id);
}
