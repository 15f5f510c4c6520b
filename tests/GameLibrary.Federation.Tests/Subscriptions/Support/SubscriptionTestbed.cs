using System.Runtime.CompilerServices;

using GameLibrary.Federation.Tests.Subscriptions.Subgraphs;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Federation.Tests.Subscriptions.Support;

/// <summary>The reviews and products subgraphs on loopback and the committed supergraph composed from them.</summary>
internal sealed class SubscriptionTestbed : IAsyncDisposable
{
    private readonly List<FederationGateway> _gateways = [];

    private SubscriptionTestbed(LoopbackSubgraph reviews, LoopbackSubgraph products)
    {
        Reviews = reviews;
        Products = products;
    }

    /// <summary>The subgraph that owns <c>Subscription.reviewAdded</c>.</summary>
    public LoopbackSubgraph Reviews { get; }

    /// <summary>The subgraph that resolves <c>Product.name</c> and <c>Product.price</c>.</summary>
    public LoopbackSubgraph Products { get; }

    /// <summary>The reviews subgraph's event source.</summary>
    public ReviewFeed Feed => Reviews.Services.GetRequiredService<ReviewFeed>();

    /// <summary>Where unreachable and unresponsive subgraphs point.</summary>
    public DeadPorts DeadPorts { get; } = new();

    public static async Task<SubscriptionTestbed> StartAsync()
    {
        var reviews = await LoopbackSubgraph.StartAsync<ReviewsSchema>("reviews", services => services.AddSingleton<ReviewFeed>());
        var products = await LoopbackSubgraph.StartAsync<ProductsSchema>("products");
        return new SubscriptionTestbed(reviews, products);
    }

    /// <summary>The committed file of the test supergraph folder.</summary>
    public static string File(string name) =>
        System.IO.File.ReadAllText(Path.Combine(Here(), "..", "Supergraph", name));

    /// <summary>A gateway over the supergraph; the URLs default to the live subgraphs.</summary>
    public FederationGateway Gateway(Uri? reviews = null, Uri? products = null, Action<FederationGatewayOptions>? configure = null)
    {
        var options = new FederationGatewayOptions();
        options.SubgraphUrls["reviews"] = reviews ?? Reviews.Url;
        options.SubgraphUrls["products"] = products ?? Products.Url;
        configure?.Invoke(options);
        var gateway = FederationGateway.Load(File("supergraph.graphql"), options);
        _gateways.Add(gateway);
        return gateway;
    }

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public async ValueTask DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            gateway.Dispose();
        }

        await Reviews.DisposeAsync();
        await Products.DisposeAsync();
        DeadPorts.Dispose();
    }
}
