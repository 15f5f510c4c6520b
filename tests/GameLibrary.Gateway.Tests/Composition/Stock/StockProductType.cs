using GraphQL.Federation;
using GraphQL.Types;

namespace GameLibrary.Gateway.Tests.Composition.Stock;

/// <summary>Version 1 of the stock subgraph's Product: how many are in stock.</summary>
public sealed class StockProductType : ObjectGraphType<StockItem>
{
    public StockProductType()
    {
        Name = "Product";
        this.Key("id");
        Field(item => item.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<IntGraphType>>("inStock").Resolve(context => context.Source.Id * 5);
        this.ResolveReference<StockItem>((_, reference) => reference);
    }
}
