using GraphQL;
using GraphQL.Types;

namespace GameLibrary.Gateway.Tests.Subgraphs.Products;

/// <summary>A subscription root, so the supergraph has one: the gateway must refuse it clearly rather than fail validation.</summary>
public sealed class ProductsSubscription : ObjectGraphType
{
    public ProductsSubscription()
    {
        Name = "Subscription";
        Field<NonNullGraphType<ProductType>>("productRenamed").ResolveStream(_ => new NoRenames());
    }

    /// <summary>No product is ever renamed while subscribed: the stream completes at once.</summary>
    private sealed class NoRenames : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            observer.OnCompleted();
            return new CancellationTokenSource();
        }
    }
}
