using GameLibrary.Federation.Supergraph;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// Sends identical requests that are in flight at the same moment once and gives every waiter the answer
/// (in-flight deduplication). The executor routes only query fetches of query operations here. The shared request
/// runs on its own cancellation source, cancelled only when every waiter has gone; its answer, failure or timeout
/// reaches every waiter alike. Each waiter gets its own copy of the response's objects and lists, since the executor
/// merges into them; the leaves, slices of the one answer's bytes, are shared.
/// </summary>
internal sealed class DeduplicatingSubgraphClient : ISubgraphClient
{
    private readonly ISubgraphClient _inner;
    private readonly FederationMetrics _metrics;
    private readonly HashSet<string> _enabled = new(StringComparer.Ordinal);
    private readonly Dictionary<SubgraphRequestKey, InFlight> _inFlight = [];

    /// <summary>The lock of <see cref="_inFlight"/> and of every entry's waiter count.</summary>
    private readonly Lock _sync = new();

    public DeduplicatingSubgraphClient(ISubgraphClient inner, SupergraphSchema schema, FederationGatewayOptions options, FederationMetrics metrics)
    {
        _inner = inner;
        _metrics = metrics;
        foreach (var subgraph in schema.Subgraphs)
        {
            if (options.SubgraphDeduplication.TryGetValue(subgraph.Name, out var enabled) ? enabled : options.DeduplicateQueries)
            {
                _enabled.Add(subgraph.Name);
            }
        }
    }

    /// <inheritdoc />
    public async Task<SubgraphResponse> ExecuteAsync(string subgraph, SubgraphRequest request, ForwardedHeaders headers, CancellationToken cancellationToken)
    {
        if (!_enabled.Contains(subgraph))
        {
            return await _inner.ExecuteAsync(subgraph, request, headers, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var key = new SubgraphRequestKey(subgraph, request, headers.Propagated);
        InFlight? flight;
        bool leads;
        lock (_sync)
        {
            leads = !_inFlight.TryGetValue(key, out flight);
            if (leads)
            {
                flight = new InFlight(key);
                _inFlight.Add(key, flight);
            }

            flight!.Waiters++;
        }

        if (leads)
        {
            _ = RunAsync(flight, subgraph, request, headers);
        }
        else
        {
            _metrics.RequestDeduplicated(subgraph);
        }

        try
        {
            await flight.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !flight.Completion.Task.IsCompleted)
        {
            Leave(flight);
            throw;
        }

        return flight.Take();
    }

    private async Task RunAsync(InFlight flight, string subgraph, SubgraphRequest request, ForwardedHeaders headers)
    {
        SubgraphResponse response;
        try
        {
            response = await _inner.ExecuteAsync(subgraph, request, headers, flight.Cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (flight.Cancellation.IsCancellationRequested)
        {
            Detach(flight);
            flight.Completion.TrySetCanceled(flight.Cancellation.Token);
            return;
        }
        catch (Exception ex)
        {
            // Every waiter sees the same failure (SubgraphRequestException: HTTP error or timeout).
            Detach(flight);
            flight.Completion.TrySetException(ex);
            return;
        }

        int waiters;
        lock (_sync)
        {
            DetachLocked(flight);
            waiters = flight.Waiters;
        }

        try
        {
            flight.Share(response, waiters);
            flight.Completion.TrySetResult();
        }
        catch (Exception ex)
        {
            // Never leave a waiter hanging.
            flight.Completion.TrySetException(ex);
        }
    }

    /// <summary>A waiter gave up; the last one to go cancels the shared request.</summary>
    private void Leave(InFlight flight)
    {
        bool abandoned;
        lock (_sync)
        {
            flight.Waiters--;
            abandoned = flight.Waiters == 0 && !flight.Detached;
            if (abandoned)
            {
                DetachLocked(flight);
            }
        }

        if (abandoned)
        {
            flight.Cancellation.Cancel();
        }
    }

    private void Detach(InFlight flight)
    {
        lock (_sync)
        {
            DetachLocked(flight);
        }
    }

    /// <summary>Stops new requests from joining the entry (it finished or was abandoned).</summary>
    private void DetachLocked(InFlight flight)
    {
        if (!flight.Detached)
        {
            flight.Detached = true;
            _inFlight.Remove(flight.Key);
        }
    }

    /// <summary>One shared request and its waiters.</summary>
    private sealed class InFlight(SubgraphRequestKey key)
    {
        private SubgraphResponse[] _copies = [];
        private int _taken = -1;

        public SubgraphRequestKey Key { get; } = key;

        /// <summary>
        /// Cancelled only when every waiter has gone. Never disposed: it has no timer or linked token, so it holds
        /// nothing to release, and disposing would race a late <see cref="Leave"/>.
        /// </summary>
        public CancellationTokenSource Cancellation { get; } = new();

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Waiters that have joined and neither left nor taken an answer (guarded by the client's lock).</summary>
        public int Waiters { get; set; }

        /// <summary>Whether the entry is out of the in-flight table (guarded by the client's lock).</summary>
        public bool Detached { get; set; }

        /// <summary>
        /// Makes one copy of the response per waiter before any waiter sees one, so nothing is read while another
        /// waiter merges into it. A copy makes new objects and lists only: names, strings and leaves (slices of the
        /// answer's bytes, which nobody modifies) are shared.
        /// </summary>
        public void Share(SubgraphResponse response, int waiters)
        {
            var copies = new SubgraphResponse[Math.Max(1, waiters)];
            for (var i = 1; i < copies.Length; i++)
            {
                copies[i] = response.Copy();
            }

            copies[0] = response;
            _copies = copies;
        }

        /// <summary>This waiter's own response (the count of waiters was fixed when the entry was detached).</summary>
        public SubgraphResponse Take() => _copies[Interlocked.Increment(ref _taken)];
    }
}
