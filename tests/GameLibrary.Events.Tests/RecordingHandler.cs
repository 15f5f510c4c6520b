using System.Collections.Concurrent;

namespace GameLibrary.Events.Tests;

/// <summary>Records what it is given; fails each event listed in <see cref="FailOnce"/> the first time.</summary>
public sealed class RecordingHandler : IEventHandler
{
    private readonly ConcurrentQueue<RecordedEvent> _handled = new();
    private readonly ConcurrentQueue<Guid> _attempts = new();
    private readonly ConcurrentDictionary<Guid, bool> _failOnce = new();

    public IReadOnlyList<RecordedEvent> Handled => [.. _handled];

    public IReadOnlyList<Guid> Attempts => [.. _attempts];

    public void FailOnce(Guid eventId) => _failOnce[eventId] = true;

    public Task HandleAsync(RecordedEvent recorded, CancellationToken cancellationToken)
    {
        _attempts.Enqueue(recorded.Event.Id);
        if (_failOnce.TryRemove(recorded.Event.Id, out _))
        {
            throw new InvalidOperationException($"Handler failure injected for event {recorded.Event.Id}.");
        }

        _handled.Enqueue(recorded);
        return Task.CompletedTask;
    }
}
