using GraphQL;
using GraphQL.Types;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Subgraphs.Products;

public sealed class ProductsQuery : ObjectGraphType
{
    public ProductsQuery()
    {
        Name = "Query";
        Field<ProductType>("product")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => context.RequestServices!.GetRequiredService<ProductStore>().Find(context.GetArgument<int>("id")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductType>>>>("products")
            .Argument<IntGraphType>("first")
            .Resolve(context =>
            {
                IReadOnlyList<Product> all = context.RequestServices!.GetRequiredService<ProductStore>().All;
                return context.GetArgument<int?>("first") is { } first ? all.Take(first) : all;
            });

        // The signed-in user's name, from the JWT the gateway forwarded.
        Field<StringGraphType>("viewer").Resolve(context => context.User?.Identity?.Name);

        // What the subgraph received, to tell which headers the gateway forwarded.
        Field<StringGraphType>("requestHeader")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Resolve(context =>
            {
                IHeaderDictionary headers = context.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext!.Request.Headers;
                return headers.TryGetValue(context.GetArgument<string>("name"), out var value) ? value.ToString() : null;
            });
        Field<StringGraphType>("slow")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<SlowGate>().PassAsync(context.CancellationToken));
    }
}
