namespace GameLibrary.Federation.Tests.Subscriptions.Subgraphs;

/// <summary>
/// The reviews subgraph's event source: tests publish reviews and complete the feed; every subscriber (a
/// <c>reviewAdded</c> subscription) sees the reviews with at least its <c>minStars</c>.
/// </summary>
public sealed class ReviewFeed
{
    private readonly Lock _gate = new();
    private readonly List<Subscriber> _subscribers = [];
    private readonly List<Review> _published = [];
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _unsubscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first subscriber arrives.</summary>
    public Task Subscribed => _subscribed.Task;

    /// <summary>Completes when a subscriber leaves (the subgraph ended its subscription).</summary>
    public Task Unsubscribed => _unsubscribed.Task;

    /// <summary>How many subscriptions the subgraph is serving right now.</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>Every review published so far.</summary>
    public IReadOnlyList<Review> Published
    {
        get
        {
            lock (_gate)
            {
                return [.. _published];
            }
        }
    }

    /// <summary>The events of one subscription.</summary>
    public IObservable<object?> Watch(int minStars) => new Source(this, minStars);

    /// <summary>Sends a review to the subscribers that want it.</summary>
    public void Publish(Review review)
    {
        foreach (var subscriber in Snapshot(review))
        {
            if (review.Stars >= subscriber.MinStars)
            {
                subscriber.Observer.OnNext(review);
            }
        }
    }

    /// <summary>Ends every subscription normally.</summary>
    public void Complete()
    {
        foreach (var subscriber in Snapshot(null))
        {
            subscriber.Observer.OnCompleted();
        }
    }

    private List<Subscriber> Snapshot(Review? published)
    {
        lock (_gate)
        {
            if (published is not null)
            {
                _published.Add(published);
            }

            return [.. _subscribers];
        }
    }

    private sealed record Subscriber(IObserver<object?> Observer, int MinStars);

    private sealed class Source(ReviewFeed feed, int minStars) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            var subscriber = new Subscriber(observer, minStars);
            lock (feed._gate)
            {
                feed._subscribers.Add(subscriber);
            }

            feed._subscribed.TrySetResult();
            return new Subscription(feed, subscriber);
        }
    }

    private sealed class Subscription(ReviewFeed feed, Subscriber subscriber) : IDisposable
    {
        public void Dispose()
        {
            lock (feed._gate)
            {
                feed._subscribers.Remove(subscriber);
            }

            feed._unsubscribed.TrySetResult();
        }
    }
}
