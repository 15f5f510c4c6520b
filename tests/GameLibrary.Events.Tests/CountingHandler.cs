namespace GameLibrary.Events.Tests;

/// <summary>An idempotent handler: counts created games in its database, once per event.</summary>
public sealed class CountingHandler(CatalogContext context) : IEventHandler
{
    public const string ConsumerName = "game-counter";

    public async Task HandleAsync(RecordedEvent recorded, CancellationToken cancellationToken)
    {
        if (!await ProcessedEvents.TryMarkAsync(context, ConsumerName, recorded.Event.Id, cancellationToken))
        {
            return;
        }

        var count = await context.GameCounts.FindAsync([1], cancellationToken);
        if (count is null)
        {
            context.GameCounts.Add(new GameCount { Id = 1, Count = 1 });
        }
        else
        {
            count.Count++;
        }

        await context.SaveChangesAsync(cancellationToken);
    }
}
