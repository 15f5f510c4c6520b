using GameLibrary.Federation;

namespace GameLibrary.Gateway.Supergraphs;

/// <summary>A request's hold on the supergraph version it started with; disposing it lets a retired version go.</summary>
internal readonly struct SupergraphLease(SupergraphInstance instance) : IDisposable
{
    public FederationGateway Gateway => instance.Gateway;

    public void Dispose() => instance.Release();
}
