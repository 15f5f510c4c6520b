using GameLibrary.Gateway.Tests.Subgraphs.Products;
using GameLibrary.Gateway.Tests.Subgraphs.Reviews;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Support;

/// <summary>The products and reviews subgraphs, started once for all tests.</summary>
public sealed class SubgraphsFixture : IAsyncLifetime
{
    private SubgraphServer? _products;
    private SubgraphServer? _reviews;

    public SubgraphServer Products => _products ?? throw new InvalidOperationException("Not started.");

    public SubgraphServer Reviews => _reviews ?? throw new InvalidOperationException("Not started.");

    public SlowGate Gate => Products.Services.GetRequiredService<SlowGate>();

    /// <summary>The products subgraph's subscription events (renames) and open subscriptions.</summary>
    public ProductRenames Renames => Products.Services.GetRequiredService<ProductRenames>();

    /// <summary>The gateway settings that point the supergraph's placeholder URLs at the running subgraphs.</summary>
    public IReadOnlyDictionary<string, string?> UrlSettings => new Dictionary<string, string?>
    {
        ["Gateway:Subgraphs:products:Url"] = Products.Url.ToString(),
        ["Gateway:Subgraphs:reviews:Url"] = Reviews.Url.ToString(),
    };

    public async Task InitializeAsync()
    {
        _products = await SubgraphServer.StartAsync<ProductsSchema>("products", services => services
            .AddSingleton<ProductStore>()
            .AddSingleton<ProductRenames>()
            .AddSingleton<SlowGate>());
        _reviews = await SubgraphServer.StartAsync<ReviewsSchema>("reviews", services => services.AddSingleton<ReviewStore>());
    }

    public async Task DisposeAsync()
    {
        if (_products is not null)
        {
            Gate.Open();
            await _products.DisposeAsync();
        }

        if (_reviews is not null)
        {
            await _reviews.DisposeAsync();
        }
    }
}
