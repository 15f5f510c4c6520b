namespace GameLibrary.Gateway.Supergraphs;

/// <summary>What operators read about the supergraph: every load, swap and rejection.</summary>
internal static partial class SupergraphLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Serving supergraph version {Version} from {Path} ({Length} bytes, sha256 {Sha256}, loaded in {LoadMilliseconds} ms)")]
    public static partial void Loaded(ILogger logger, int version, string path, long length, string sha256, long loadMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Swapped in supergraph version {Version} for version {PreviousVersion} from {Path} ({Length} bytes, sha256 {Sha256}, loaded in {LoadMilliseconds} ms); requests in flight finish on the old version")]
    public static partial void Swapped(ILogger logger, int version, int previousVersion, string path, long length, string sha256, long loadMilliseconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error,
        Message = "Rejected the supergraph {Path}: {Problem} Still serving {Serving}.")]
    public static partial void Rejected(ILogger logger, Exception? exception, string path, string problem, string serving);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning,
        Message = "{Problem} Still serving {Serving}; waiting for the file to come back.")]
    public static partial void Unreadable(ILogger logger, string problem, string serving);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug,
        Message = "The supergraph file {Path} changed on disk but its content is what was last loaded or rejected; nothing to reload")]
    public static partial void Unchanged(ILogger logger, string path);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information,
        Message = "Watching the supergraph file {Path} for changes (file-system events, and polling every {PollInterval})")]
    public static partial void Watching(ILogger logger, string path, TimeSpan pollInterval);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning,
        Message = "File-system events for the supergraph file {Path} are unavailable ({Reason}); changes are found by polling every {PollInterval}")]
    public static partial void EventsUnavailable(ILogger logger, string path, string reason, TimeSpan pollInterval);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning,
        Message = "No supergraph file is configured (--supergraph, GATEWAY_SUPERGRAPH or Gateway:Supergraph); /graphql and /health/ready answer 503")]
    public static partial void NotConfigured(ILogger logger);
}
