using GameLibrary.AppHost.Cli;
using GameLibrary.Redis;

namespace GameLibrary.AppHost.Platform;

/// <summary>
/// The Redis every child shares: one embedded Garnet server in the launcher's process (its append-only file in
/// <c>.data/garnet</c>, where a subgraph started on its own keeps it too), or the server given with <c>--redis</c>.
/// Disposing stops Garnet, so it must outlive the children.
/// </summary>
internal sealed class BackingStores : IDisposable
{
    private readonly EmbeddedGarnetServer? _garnet;

    private BackingStores(StoreSettings settings, EmbeddedGarnetServer? garnet)
    {
        Settings = settings;
        _garnet = garnet;
    }

    /// <summary>What the children are pointed at.</summary>
    public StoreSettings Settings { get; }

    /// <summary>The embedded server's data directory, or null when a Redis was given.</summary>
    public string? GarnetDataDirectory => _garnet?.DataDirectory;

    /// <summary>The directory of the embedded Garnet's append-only file.</summary>
    /// <param name="repositoryRoot">The repository's root.</param>
    public static string GarnetDirectory(string repositoryRoot) => Path.Combine(repositoryRoot, ".data", "garnet");

    /// <summary>Starts Garnet unless <paramref name="options"/> name a Redis.</summary>
    /// <param name="options">The command line.</param>
    /// <param name="repositoryRoot">The repository's root.</param>
    public static BackingStores Start(LaunchOptions options, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Redis is { } redis)
        {
            return new BackingStores(new StoreSettings(redis, RedisEmbedded: false, options.Postgres), garnet: null);
        }

        string directory = GarnetDirectory(repositoryRoot);
        EmbeddedGarnetServer garnet;
        try
        {
            garnet = EmbeddedGarnetServer.Start(new EmbeddedGarnetOptions { DataDirectory = directory });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Garnet replays its append-only file at start; a damaged one is the likely cause.
            throw new LaunchException($"The embedded Garnet server could not start from {directory}: {exception.Message}. --reseed starts from empty data.");
        }

        return new BackingStores(new StoreSettings(garnet.Configuration, RedisEmbedded: true, options.Postgres), garnet);
    }

    /// <inheritdoc />
    public void Dispose() => _garnet?.Dispose();
}
