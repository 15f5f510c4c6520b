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
            .Resolve(context => context.RequestServices!.GetRequiredService<ProductStore>()
                .Rename(context.GetArgument<int>("id"), context.GetArgument<string>("name")));
    }
}
