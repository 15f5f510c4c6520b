using GameLibrary.Recommendations.Serving;

using GraphQL.Types;

namespace GameLibrary.Recommendations.GraphQL.Types;

/// <summary>The <c>Recommendation</c> type: a game (completed by the gateway from the catalog), a score and reasons.</summary>
public sealed class RecommendationType : ObjectGraphType<Recommendation>
{
    /// <summary>Creates the type.</summary>
    public RecommendationType()
    {
        Name = "Recommendation";
        Description = "A recommended game, why, and how strongly.";
        Field<NonNullGraphType<GameType>>("game")
            .Description("The game; its catalog fields (title, genres, …) come from the catalog subgraph.")
            .Resolve(context => new GameReference { Id = context.Source.GameId });
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("How strongly it is recommended, in [0, 1]; lists are ordered by it.")
            .Resolve(context => context.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons")
            .Description("Short human reasons, e.g. \"shares 3 genres with Hades\".")
            .Resolve(context => context.Source.Reasons);
    }
}
