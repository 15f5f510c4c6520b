using Microsoft.Extensions.Logging;

using StackExchange.Redis;

namespace GameLibrary.Redis;

/// <summary>
/// Owns the application's single <see cref="IConnectionMultiplexer"/>: connects on first use
/// (thread-safe), to the configured server or to an embedded Garnet it starts, and closes both
/// on dispose.
/// </summary>
public sealed partial class RedisConnectionProvider : IDisposable
{
    private readonly string? _connectionString;
    private readonly EmbeddedGarnetOptions _embeddedOptions;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly Lazy<ConnectionMultiplexer> _connection;
    private bool _disposed;

    /// <summary>Creates the provider; nothing connects or starts until <see cref="Connection"/> is read.</summary>
    /// <param name="connectionString">A StackExchange.Redis configuration string, or <see langword="null"/> for embedded Garnet.</param>
    /// <param name="embeddedOptions">How to start Garnet when <paramref name="connectionString"/> is absent.</param>
    /// <param name="loggerFactory">Logging for the provider and the embedded server.</param>
    public RedisConnectionProvider(string? connectionString, EmbeddedGarnetOptions embeddedOptions, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(embeddedOptions);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _connectionString = string.IsNullOrWhiteSpace(connectionString) ? null : connectionString;
        _embeddedOptions = embeddedOptions;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<RedisConnectionProvider>();
        _connection = new Lazy<ConnectionMultiplexer>(Connect, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Whether a configured server or an embedded Garnet is used.</summary>
    public RedisMode Mode => _connectionString is null ? RedisMode.Embedded : RedisMode.External;

    /// <summary>The embedded server once started; <see langword="null"/> in <see cref="RedisMode.External"/> mode.</summary>
    public EmbeddedGarnetServer? EmbeddedServer { get; private set; }

    /// <summary>The shared connection, created on first access.</summary>
    public IConnectionMultiplexer Connection
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _connection.Value;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }

        EmbeddedServer?.Dispose();
    }

    private ConnectionMultiplexer Connect()
    {
        ConfigurationOptions options;
        if (_connectionString is null)
        {
            EmbeddedServer = EmbeddedGarnetServer.Start(_embeddedOptions, _loggerFactory);
            LogEmbedded(EmbeddedServer.Configuration, EmbeddedServer.DataDirectory ?? "memory only");
            options = ConfigurationOptions.Parse(EmbeddedServer.Configuration);
        }
        else
        {
            options = ConfigurationOptions.Parse(_connectionString);
            LogExternal(string.Join(", ", options.EndPoints));
        }

        // Start even when Redis is down: the multiplexer keeps reconnecting and the health check reports it.
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis: connecting to the configured server {Endpoints}")]
    private partial void LogExternal(string endpoints);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Redis: no ConnectionStrings:Redis, started an embedded Garnet server on {Endpoint} (data: {DataDirectory})")]
    private partial void LogEmbedded(string endpoint, string dataDirectory);
}
