using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Federation.Tests.Subscriptions.Subgraphs;

/// <summary>A product of the products subgraph.</summary>
public sealed class Product
{
    public string Id { get; set; } = "";

    public string? Name { get; set; }

    public double? Price { get; set; }
}

/// <summary>The products subgraph: owns products (the entity the reviews subgraph's events point at).</summary>
public sealed class ProductsSchema : Schema
{
    public ProductsSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<ProductsQuery>();
    }

    /// <summary>The products, by id.</summary>
    public static IReadOnlyDictionary<string, Product> Products { get; } = new Dictionary<string, Product>
    {
        ["p1"] = new() { Id = "p1", Name = "Chair", Price = 49.5 },
        ["p2"] = new() { Id = "p2", Name = "Table", Price = 120 },
    };
}

public sealed class ProductsQuery : ObjectGraphType
{
    public ProductsQuery()
    {
        Name = "Query";
        Field<ProductType>("product")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => ProductsSchema.Products.GetValueOrDefault(context.GetArgument<string>("id")));
    }
}

public sealed class ProductType : ObjectGraphType<Product>
{
    public ProductType()
    {
        Name = "Product";
        this.Key("id");
        Field(product => product.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(product => product.Name, nullable: true);
        Field(product => product.Price, nullable: true);
        this.ResolveReference<Product>((_, representation) => ProductsSchema.Products.GetValueOrDefault(representation.Id)!);
    }
}
