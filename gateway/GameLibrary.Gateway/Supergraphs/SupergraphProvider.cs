using GameLibrary.Federation;
using GameLibrary.Gateway.Telemetry;

namespace GameLibrary.Gateway.Supergraphs;

/// <summary>
/// The supergraph being served. A swap replaces it atomically: requests that already hold a lease finish on
/// the version they started with, new requests get the new one, and the old one is disposed when its last
/// request ends.
/// </summary>
internal sealed class SupergraphProvider(GatewayTelemetry telemetry, ILogger<SupergraphProvider> logger) : IDisposable
{
    private readonly Lock _installLock = new();
    private SupergraphInstance? _current;
    private int _lastVersion;

    /// <summary>The version being served, or null before the first supergraph is loaded.</summary>
    public SupergraphInstance? Current => Volatile.Read(ref _current);

    /// <summary>Takes a lease on the current version; false while no supergraph is loaded.</summary>
    public bool TryAcquire(out SupergraphLease lease)
    {
        while (Volatile.Read(ref _current) is { } current)
        {
            if (current.TryAddReference())
            {
                lease = new SupergraphLease(current);
                return true;
            }

            // Retired between the read and the reference: its successor is already installed.
        }

        lease = default;
        return false;
    }

    /// <summary>Serves <paramref name="gateway"/> from now on and retires the version it replaces.</summary>
    public void Install(FederationGateway gateway, SupergraphFile file, TimeSpan loadTime)
    {
        lock (_installLock)
        {
            SupergraphInstance next = new(gateway, file, ++_lastVersion);
            SupergraphInstance? previous = Interlocked.Exchange(ref _current, next);
            long loadMilliseconds = (long)loadTime.TotalMilliseconds;
            if (previous is null)
            {
                SupergraphLog.Loaded(logger, next.Version, file.Path, file.Length, file.Sha256, loadMilliseconds);
            }
            else
            {
                SupergraphLog.Swapped(logger, next.Version, previous.Version, file.Path, file.Length, file.Sha256, loadMilliseconds);
            }

            telemetry.SupergraphLoaded();
            previous?.Release();
        }
    }

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Release();
}
