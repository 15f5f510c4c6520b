using GameLibrary.Scoreboard.Events;

namespace GameLibrary.Scoreboard.Live;

/// <summary>A player's achievements as they are unlocked, on whichever instance.</summary>
/// <param name="bus">Announces achievements from every instance.</param>
public sealed class AchievementFeed(LiveBus bus)
{
    /// <summary>The achievements <paramref name="userId"/> unlocks from now on.</summary>
    /// <param name="userId">The player.</param>
    public IObservable<AchievementUnlocked> Watch(Guid userId) => new Source(bus, userId);

    private sealed class Source(LiveBus bus, Guid userId) : IObservable<AchievementUnlocked>
    {
        public IDisposable Subscribe(IObserver<AchievementUnlocked> observer)
        {
            Lock gate = new();
            Task<IDisposable> subscription = bus.OnAchievementAsync(unlocked =>
            {
                if (unlocked.UserId == userId)
                {
                    // One delivery at a time per observer, as the observable contract requires.
                    lock (gate)
                    {
                        observer.OnNext(unlocked);
                    }
                }
            });
            return new Unsubscribe(subscription);
        }
    }

    private sealed class Unsubscribe(Task<IDisposable> subscription) : IDisposable
    {
        public void Dispose() => _ = subscription.ContinueWith(task => task.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }
}
