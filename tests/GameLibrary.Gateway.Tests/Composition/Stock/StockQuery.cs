using GraphQL.Types;

namespace GameLibrary.Gateway.Tests.Composition.Stock;

public sealed class StockQuery : ObjectGraphType
{
    public StockQuery()
    {
        Name = "Query";
        Field<NonNullGraphType<IntGraphType>>("warehouses").Resolve(_ => 2);
    }
}
