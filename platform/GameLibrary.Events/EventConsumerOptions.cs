namespace GameLibrary.Events;

/// <summary>What an <see cref="EventConsumer"/> reads and how.</summary>
public sealed class EventConsumerOptions
{
    /// <summary>The log to read, e.g. <c>catalog</c>.</summary>
    public required string LogName { get; init; }

    /// <summary>The consumer's name, under which its offset is kept; one running instance per name.</summary>
    public required string ConsumerName { get; init; }

    /// <summary>How many events are read per round trip.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long the consumer sleeps when no notification arrives; the fallback for lost pub/sub messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The pause before an event whose handler failed is delivered again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
