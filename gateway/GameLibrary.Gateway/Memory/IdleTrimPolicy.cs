namespace GameLibrary.Gateway.Memory;

/// <summary>
/// Decides, from one heap sample per interval, when to trim: the process has been quiet (allocating at most
/// <see cref="IdleTrimOptions.QuietAllocationRate"/>) for <see cref="IdleTrimOptions.QuietPeriod"/>, the GC's committed
/// memory has grown by <see cref="IdleTrimOptions.MinimumGrowth"/> from its lowest point since the start or the last trim, and the last trim
/// is at least <see cref="IdleTrimOptions.MinimumInterval"/> ago. A busy gateway never trims: a trim is a full blocking
/// collection, worth its pause only when nothing is waiting for the process.
/// </summary>
internal sealed class IdleTrimPolicy(IdleTrimOptions options, TimeSpan interval)
{
    private HeapSample? _previous;
    private long _committedBaseline;
    private TimeSpan _quietFor;
    private TimeSpan _sinceTrim;

    /// <summary>Takes the next sample; true when the heap should be trimmed now.</summary>
    public bool ShouldTrim(HeapSample sample)
    {
        if (_previous is not { } previous)
        {
            _previous = sample;
            _committedBaseline = sample.CommittedBytes;
            _sinceTrim = options.MinimumInterval;
            return false;
        }

        _previous = sample;
        _sinceTrim += interval;

        // Growth counts from the lowest point since the last trim: the GC may have returned memory of its own accord.
        _committedBaseline = Math.Min(_committedBaseline, sample.CommittedBytes);
        long allocated = sample.AllocatedBytes - previous.AllocatedBytes;
        _quietFor = allocated <= options.QuietAllocationRate * interval.TotalSeconds ? _quietFor + interval : TimeSpan.Zero;
        return _quietFor >= options.QuietPeriod
            && _sinceTrim >= options.MinimumInterval
            && sample.CommittedBytes - _committedBaseline >= options.MinimumGrowth;
    }

    /// <summary>The heap was trimmed; <paramref name="after"/> is the next growth's baseline.</summary>
    public void Trimmed(HeapSample after)
    {
        _previous = after;
        _committedBaseline = after.CommittedBytes;
        _quietFor = TimeSpan.Zero;
        _sinceTrim = TimeSpan.Zero;
    }
}
