using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Subgraphs.Products;

public sealed class ProductsMutation : ObjectGraphType
{
    public ProductsMutation()
    {
        Name = "Mutation";
        Field<ProductType>("renameProduct")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Resolve(context =>
            {
                Product? renamed = context.RequestServices!.GetRequiredService<ProductStore>()
                    .Rename(context.GetArgument<int>("id"), context.GetArgument<string>("name"));
                if (renamed is not null)
                {
                    context.RequestServices!.GetRequiredService<ProductRenames>().Publish(renamed);
                }

                return renamed;
            });
    }
}
