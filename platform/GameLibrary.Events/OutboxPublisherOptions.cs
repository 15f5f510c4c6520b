namespace GameLibrary.Events;

/// <summary>Tuning of an <see cref="OutboxPublisher{TContext}"/>.</summary>
public sealed class OutboxPublisherOptions
{
    /// <summary>
    /// How long the publisher sleeps between passes when nothing wakes it; saves of the context wake it
    /// at once, so this bounds the delay of rows written some other way and the retry after a failure.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many outbox rows are read, appended and deleted per round trip.</summary>
    public int BatchSize { get; set; } = 100;
}
