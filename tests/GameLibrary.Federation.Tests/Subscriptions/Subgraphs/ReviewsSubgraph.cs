using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Federation.Tests.Subscriptions.Subgraphs;

/// <summary>A review (settable properties: GraphQL.NET deserializes representations into it).</summary>
public sealed class Review
{
    public string Id { get; set; } = "";

    public string Body { get; set; } = "";

    public int Stars { get; set; }

    public string ProductId { get; set; } = "";
}

/// <summary>The product a review is about: only its key, the products subgraph has the rest.</summary>
public sealed class ProductReference
{
    public string Id { get; set; } = "";
}

/// <summary>The reviews subgraph: owns reviews, streams <c>reviewAdded</c>, refers to products by key.</summary>
public sealed class ReviewsSchema : Schema
{
    public ReviewsSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<ReviewsQuery>();
        Subscription = services.GetRequiredService<ReviewsSubscription>();
    }
}

public sealed class ReviewsQuery : ObjectGraphType
{
    public ReviewsQuery()
    {
        Name = "Query";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewType>>>>("reviews")
            .Resolve(context => context.RequestServices!.GetRequiredService<ReviewFeed>().Published);
    }
}

public sealed class ReviewsSubscription : ObjectGraphType
{
    public ReviewsSubscription()
    {
        Name = "Subscription";
        Field<NonNullGraphType<ReviewType>>("reviewAdded")
            .Argument<NonNullGraphType<IntGraphType>>("minStars", argument => argument.DefaultValue = 0)
            .ResolveStream(context => context.RequestServices!.GetRequiredService<ReviewFeed>().Watch(context.GetArgument<int>("minStars")));
    }
}

public sealed class ReviewType : ObjectGraphType<Review>
{
    public ReviewType()
    {
        Name = "Review";
        this.Key("id");
        Field(review => review.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(review => review.Body);
        Field(review => review.Stars);
        Field<ProductReferenceType>("product").Resolve(context => new ProductReference { Id = context.Source.ProductId });
        this.ResolveReference<Review>((context, representation) =>
            context.RequestServices!.GetRequiredService<ReviewFeed>().Published.FirstOrDefault(r => r.Id == representation.Id)!);
    }
}

public sealed class ProductReferenceType : ObjectGraphType<ProductReference>
{
    public ProductReferenceType()
    {
        Name = "Product";
        this.Key("id", resolvable: false);
        Field(product => product.Id, type: typeof(NonNullGraphType<IdGraphType>));
    }
}
