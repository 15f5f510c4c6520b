using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Subgraphs.Products;

public sealed class ProductType : ObjectGraphType<Product>
{
    public ProductType()
    {
        Name = "Product";
        this.Key("id");
        Field(product => product.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(product => product.Name);
        Field(product => product.Price);
        this.ResolveReference<Product>((context, reference) =>
            context.RequestServices!.GetRequiredService<ProductStore>().Find(reference.Id));
    }
}
