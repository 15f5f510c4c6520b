namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>
/// The counter behind <c>{"$sequence": true}</c>: shared by every subgraph of a scenario, reset before each query,
/// so the numbers a response carries show the order in which the subgraphs resolved those fields.
/// </summary>
public sealed class FixtureSequence
{
    private int _last;

    /// <summary>The next number: 1 after a reset, then 2, 3, …</summary>
    public int Next() => Interlocked.Increment(ref _last);

    /// <summary>Starts over at 1.</summary>
    public void Reset() => Interlocked.Exchange(ref _last, 0);
}
