using GameLibrary.Scoreboard.GraphQL.Support;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>An edge of a connection.</summary>
/// <typeparam name="TNodeType">The node graph type.</typeparam>
/// <typeparam name="T">The node's CLR type.</typeparam>
public abstract class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    /// <summary>Creates the type.</summary>
    /// <param name="name">The type's name.</param>
    protected EdgeType(string name)
    {
        Name = name;
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(context => context.Source.Node);
    }
}
