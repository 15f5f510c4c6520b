using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Composition.Stock;

/// <summary>Product with inStock.</summary>
public sealed class StockSchemaV1 : Schema
{
    public StockSchemaV1(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<StockQuery>();
        RegisterType(typeof(StockProductType));
    }
}
