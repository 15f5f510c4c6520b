using GameLibrary.Recommendations.GraphQL.Support;
using GameLibrary.Recommendations.Serving;
using GameLibrary.Subgraph.Toolkit.Execution;

using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Recommendations.GraphQL.Types;

/// <summary>The users subgraph's <c>User</c> entity, extended with personal picks.</summary>
public sealed class UserType : ObjectGraphType<UserReference>
{
    /// <summary>Creates the type.</summary>
    public UserType()
    {
        Name = "User";
        this.Key("id");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id.ToString());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendationType>>>>("recommendedGames")
            .Description(
                "Games for this player, best first: what players with similar games like, blended with games like theirs and re-ranked by " +
                "how much they are played; never a game the player rated or owns. A new player gets popular games of their region's " +
                $"favourite genres, then popular games. Only the player (or an admin) may ask. 'first' is at most {RecommendationLimits.MaxFirst}.")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = RecommendationLimits.DefaultFirst)
            .ResolveAsync(async context =>
            {
                int first = First.Read(context);
                if (!Viewer.IsSignedIn(context))
                {
                    throw new ExecutionError("Sign in to see recommended games.") { Code = SubgraphErrorCodes.Unauthenticated };
                }

                if (!Viewer.IsSelfOrAdmin(context, context.Source.Id))
                {
                    // Picks reveal what the player owns and rates: they are the player's own.
                    throw new ExecutionError("Only the player themselves can see their recommended games.") { Code = SubgraphErrorCodes.Forbidden };
                }

                return await context.RequestServices!.GetRequiredService<RecommendationService>()
                    .PicksAsync(context.Source.Id, first, context.CancellationToken)
                    .ConfigureAwait(false);
            });
        this.ResolveReference<UserReference>((_, reference) => reference);
    }
}
