using Microsoft.Extensions.Options;

namespace GameLibrary.Transport.ServerSentEvents;

/// <summary>
/// Keep-alive comments for every open SSE stream from one timer: a stream idle for the keep-alive interval gets a
/// comment (at most a quarter interval late), a stream that carries events gets none. One timer per stream made
/// thousands of idle subscriptions thousands of timers (the runtime's timer queue walks them) and a comment
/// every interval even on busy streams.
/// </summary>
internal sealed class ServerSentEventKeepAlive(IOptions<GraphQLTransportOptions> options) : IDisposable
{
    private readonly Lock _gate = new();

    // Swap-removed by slot, so adding and removing cost O(1) however many streams are open.
    private readonly List<ServerSentEventWriter> _streams = [];
    private readonly List<ServerSentEventWriter> _due = [];
    private Timer? _timer;
    private int _ticking;
    private bool _disposed;

    /// <summary>Keeps <paramref name="stream"/> alive until <see cref="Remove"/> (nothing when keep-alives are off).</summary>
    public void Add(ServerSentEventWriter stream)
    {
        TimeSpan interval = options.Value.KeepAliveInterval;
        if (interval == TimeSpan.Zero)
        {
            return;
        }

        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            stream.KeepAliveSlot = _streams.Count;
            _streams.Add(stream);
            if (_timer is null)
            {
                TimeSpan period = TimeSpan.FromTicks(Math.Max(interval.Ticks / 4, TimeSpan.TicksPerMillisecond));
                _timer = new Timer(static state => ((ServerSentEventKeepAlive)state!).Tick(), this, period, period);
            }
        }
    }

    /// <summary>Stops keeping <paramref name="stream"/> alive.</summary>
    public void Remove(ServerSentEventWriter stream)
    {
        lock (_gate)
        {
            int slot = stream.KeepAliveSlot;
            if (slot < 0 || slot >= _streams.Count || _streams[slot] != stream)
            {
                return;
            }

            ServerSentEventWriter moved = _streams[^1];
            _streams[slot] = moved;
            moved.KeepAliveSlot = slot;
            _streams.RemoveAt(_streams.Count - 1);
            stream.KeepAliveSlot = -1;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
            _streams.Clear();
        }
    }

    private void Tick()
    {
        // A tick that outlasts the period (thousands of streams on a busy machine) is not run twice at once.
        if (Interlocked.Exchange(ref _ticking, 1) != 0)
        {
            return;
        }

        try
        {
            long idleSince = Environment.TickCount64 - (long)options.Value.KeepAliveInterval.TotalMilliseconds;
            lock (_gate)
            {
                foreach (ServerSentEventWriter stream in _streams)
                {
                    if (stream.LastWrite <= idleSince)
                    {
                        _due.Add(stream);
                    }
                }
            }

            foreach (ServerSentEventWriter stream in _due)
            {
                _ = stream.WriteKeepAliveAsync();
            }
        }
        finally
        {
            _due.Clear();
            Volatile.Write(ref _ticking, 0);
        }
    }
}
