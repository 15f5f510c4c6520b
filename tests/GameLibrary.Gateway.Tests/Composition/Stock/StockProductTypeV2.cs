using GraphQL.Federation;
using GraphQL.Types;

namespace GameLibrary.Gateway.Tests.Composition.Stock;

/// <summary>Version 2 of the stock subgraph's Product: also which warehouse holds it.</summary>
public sealed class StockProductTypeV2 : ObjectGraphType<StockItem>
{
    public StockProductTypeV2()
    {
        Name = "Product";
        this.Key("id");
        Field(item => item.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<IntGraphType>>("inStock").Resolve(context => context.Source.Id * 5);
        Field<NonNullGraphType<StringGraphType>>("warehouse").Resolve(context => $"W{context.Source.Id}");
        this.ResolveReference<StockItem>((_, reference) => reference);
    }
}
