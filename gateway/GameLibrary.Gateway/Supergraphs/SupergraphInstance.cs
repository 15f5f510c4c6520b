using GameLibrary.Federation;

namespace GameLibrary.Gateway.Supergraphs;

/// <summary>
/// One loaded supergraph version and the count of its users: the provider holds one reference while it
/// is current, and every request holds one while it runs. The engine is disposed when the last goes.
/// </summary>
internal sealed class SupergraphInstance(FederationGateway gateway, SupergraphFile file, int version)
{
    private int _references = 1;

    public FederationGateway Gateway { get; } = gateway;

    public SupergraphFile File { get; } = file;

    /// <summary>1 for the first supergraph served, counting up with every swap.</summary>
    public int Version { get; } = version;

    /// <summary>Adds a user unless the instance is already retired and released by everyone.</summary>
    public bool TryAddReference()
    {
        int current = Volatile.Read(ref _references);
        while (current > 0)
        {
            int seen = Interlocked.CompareExchange(ref _references, current + 1, current);
            if (seen == current)
            {
                return true;
            }

            current = seen;
        }

        return false;
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Gateway.Dispose();
        }
    }
}
