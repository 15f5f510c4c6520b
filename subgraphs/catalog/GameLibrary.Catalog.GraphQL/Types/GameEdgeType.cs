using GameLibrary.Catalog.Queries;

using GraphQL.Types;

namespace GameLibrary.Catalog.GraphQL.Types;

/// <summary>The <c>GameEdge</c> type: a game and its cursor.</summary>
public sealed class GameEdgeType : ObjectGraphType<PagedGame>
{
    /// <summary>Creates the type.</summary>
    public GameEdgeType()
    {
        Name = "GameEdge";
        Field(edge => edge.Cursor).Description("Opaque; pass as after to continue after this game.");
        Field<NonNullGraphType<GameType>>("node").Resolve(context => context.Source.Game);
    }
}
