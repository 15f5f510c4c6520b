using GraphQL.Federation;
using GraphQL.Types;

namespace GameLibrary.Gateway.Tests.Composition.Stock;

/// <summary>A Product that also resolves name, which the products subgraph owns and does not share: it does not compose.</summary>
public sealed class ConflictingStockProductType : ObjectGraphType<StockItem>
{
    public ConflictingStockProductType()
    {
        Name = "Product";
        this.Key("id");
        Field(item => item.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => $"Stock item {context.Source.Id}");
        this.ResolveReference<StockItem>((_, reference) => reference);
    }
}
