using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Composition.Stock;

/// <summary>Product with a name of its own: does not compose with the products subgraph.</summary>
public sealed class ConflictingStockSchema : Schema
{
    public ConflictingStockSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<StockQuery>();
        RegisterType(typeof(ConflictingStockProductType));
    }
}
