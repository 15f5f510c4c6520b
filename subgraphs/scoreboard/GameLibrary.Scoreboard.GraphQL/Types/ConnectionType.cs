using GameLibrary.Scoreboard.GraphQL.Support;
using GameLibrary.Scoreboard.Scores;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>A Relay connection over an offset-paged list.</summary>
/// <typeparam name="TEdgeType">The edge graph type.</typeparam>
/// <typeparam name="T">The node's CLR type.</typeparam>
public abstract class ConnectionType<TEdgeType, T> : ObjectGraphType<ScorePage<T>>
    where TEdgeType : IGraphType
{
    /// <summary>Creates the type.</summary>
    /// <param name="name">The type's name.</param>
    protected ConnectionType(string name)
    {
        Name = name;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Resolve(context => OffsetCursors.Edges(context.Source));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => OffsetCursors.Info(context.Source));
    }
}
