namespace GameLibrary.Gateway.Composition;

/// <summary>What operators read about composing the supergraph from the subgraphs.</summary>
internal static partial class CompositionLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Information,
        Message = "Composing the supergraph from the subgraphs {Subgraphs}, asking them for their SDL every {PollInterval}")]
    public static partial void Composing(ILogger logger, string subgraphs, TimeSpan pollInterval);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error,
        Message = "Gateway:Compose:Enabled is true but no subgraph has a URL (Gateway:Subgraphs:<name>:Url); nothing to compose, /graphql and /health/ready answer 503")]
    public static partial void NoSubgraphs(ILogger logger);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning,
        Message = "Gateway:Compose:Enabled is true but a supergraph file is configured ({Path}); serving the file, not composing")]
    public static partial void FileConfigured(ILogger logger, string path);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error,
        Message = "Cannot compose the supergraph: {Problem} Still serving {Serving}.")]
    public static partial void SubgraphUnavailable(ILogger logger, string problem, string serving);

    [LoggerMessage(EventId = 105, Level = LogLevel.Error,
        Message = "The subgraphs do not compose: {Errors} Still serving {Serving}.")]
    public static partial void CompositionFailed(ILogger logger, string errors, string serving);

    [LoggerMessage(EventId = 106, Level = LogLevel.Error,
        Message = "The composed supergraph cannot be loaded: {Problem} Still serving {Serving}.")]
    public static partial void LoadFailed(ILogger logger, Exception? exception, string problem, string serving);

    [LoggerMessage(EventId = 107, Level = LogLevel.Information,
        Message = "Composition hint {Code}: {Message}")]
    public static partial void Hint(ILogger logger, string code, string message);

    [LoggerMessage(EventId = 108, Level = LogLevel.Information,
        Message = "The schema of subgraph {Subgraphs} changed; recomposing")]
    public static partial void Changed(ILogger logger, string subgraphs);
}
