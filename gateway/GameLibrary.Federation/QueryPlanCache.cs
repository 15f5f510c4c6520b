using System.Collections.Concurrent;
using GameLibrary.Federation.Planning;
using GameLibrary.Federation.Requests;

namespace GameLibrary.Federation;

/// <summary>
/// Plans by document and operation (<see cref="PreparedOperation.PlanKey"/>), computed once and reused by every
/// request. Bounded: when full, the oldest half is dropped — clients send a small set of persisted-shaped
/// documents, so a simple policy beats tracking recency on every hit.
/// </summary>
internal sealed class QueryPlanCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _plans = new(StringComparer.Ordinal);
    private long _clock;

    public int Count => _plans.Count;

    public QueryPlan GetOrAdd(string key, PreparedOperation operation, QueryPlanner planner)
    {
        if (_plans.TryGetValue(key, out var hit))
        {
            return hit.Plan;
        }

        var plan = planner.Plan(operation.Document, operation.Operation);
        if (_plans.Count >= Math.Max(1, capacity))
        {
            Trim();
        }

        return _plans.GetOrAdd(key, new Entry(plan, Interlocked.Increment(ref _clock))).Plan;
    }

    private void Trim()
    {
        foreach (var (key, _) in _plans.OrderBy(p => p.Value.Added).Take(Math.Max(1, _plans.Count / 2)).ToArray())
        {
            _plans.TryRemove(key, out _);
        }
    }

    private sealed record Entry(QueryPlan Plan, long Added);
}
