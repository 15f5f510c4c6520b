using GameLibrary.Catalog.Queries;

using GraphQL.Federation;
using GraphQL.Types;

namespace GameLibrary.Catalog.GraphQL.Types;

/// <summary>The Relay <c>PageInfo</c> of a page of games.</summary>
public sealed class PageInfoType : ObjectGraphType<GamePage>
{
    /// <summary>Creates the type.</summary>
    public PageInfoType()
    {
        Name = "PageInfo";

        // Every subgraph pages the same way: composition needs the type shareable everywhere it is defined.
        this.Shareable();
        Field(page => page.HasNextPage);
        Field(page => page.HasPreviousPage).Description("True when the page was asked for after a cursor.");
        Field<StringGraphType>("startCursor").Resolve(context => context.Source.Items.Count > 0 ? context.Source.Items[0].Cursor : null);
        Field<StringGraphType>("endCursor").Resolve(context => context.Source.Items.Count > 0 ? context.Source.Items[^1].Cursor : null);
    }
}
