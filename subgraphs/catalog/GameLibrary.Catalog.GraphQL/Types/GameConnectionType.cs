using GameLibrary.Catalog.Queries;

using GraphQL.Types;

namespace GameLibrary.Catalog.GraphQL.Types;

/// <summary>The Relay <c>GameConnection</c>: a page of games with its total count.</summary>
public sealed class GameConnectionType : ObjectGraphType<GamePage>
{
    /// <summary>Creates the type.</summary>
    public GameConnectionType()
    {
        Name = "GameConnection";
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("All games matching the filter, on every page.")
            .Resolve(context => context.Source.TotalCount ?? 0);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => context.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GameEdgeType>>>>("edges").Resolve(context => context.Source.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GameType>>>>("nodes")
            .Resolve(context => context.Source.Items.Select(item => item.Game));
    }
}
