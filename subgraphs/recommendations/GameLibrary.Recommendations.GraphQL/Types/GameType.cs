using System.Globalization;

using GameLibrary.Recommendations.GraphQL.Support;
using GameLibrary.Recommendations.Serving;

using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Recommendations.GraphQL.Types;

/// <summary>The catalog's <c>Game</c> entity, extended with similar games and popularity. Any id resolves by reference.</summary>
public sealed class GameType : ObjectGraphType<GameReference>
{
    /// <summary>Creates the type.</summary>
    public GameType()
    {
        Name = "Game";
        this.Key("id");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendationType>>>>("similarGames")
            .Description(
                "Games like this one, best first, never itself: scored 0.6 × content similarity (genres, companies, platforms, decade) " +
                $"+ 0.4 × popularity. 'first' is at most {RecommendationLimits.MaxFirst}.")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = RecommendationLimits.DefaultFirst)
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<RecommendationService>()
                .SimilarGamesAsync(context.Source.Id, First.Read(context), context.CancellationToken)
                .ConfigureAwait(false));
        Field<NonNullGraphType<FloatGraphType>>("popularity")
            .Description("How popular the game is, in [0, 1]: ratings (count and Bayesian mean), library additions and plays, recent ones weighing more.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<RecommendationService>()
                .PopularityAsync(context.Source.Id, context.CancellationToken)
                .ConfigureAwait(false));
        this.ResolveReference<GameReference>((_, reference) => reference);
    }
}
