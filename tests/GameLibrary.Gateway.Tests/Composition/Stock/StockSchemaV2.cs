using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Composition.Stock;

/// <summary>Product with inStock and warehouse.</summary>
public sealed class StockSchemaV2 : Schema
{
    public StockSchemaV2(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<StockQuery>();
        RegisterType(typeof(StockProductTypeV2));
    }
}
