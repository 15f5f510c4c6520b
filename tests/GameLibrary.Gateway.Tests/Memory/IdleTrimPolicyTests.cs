using GameLibrary.Gateway.Memory;

namespace GameLibrary.Gateway.Tests.Memory;

public sealed class IdleTrimPolicyTests
{
    private const long MiB = 1L << 20;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static IdleTrimOptions Options() => new()
    {
        QuietPeriod = TimeSpan.FromSeconds(3),
        QuietAllocationRate = MiB,
        MinimumGrowth = 64 * MiB,
        MinimumInterval = TimeSpan.FromSeconds(10),
    };

    [Fact]
    public void After_growing_it_trims_once_quiet_for_the_whole_quiet_period()
    {
        IdleTrimPolicy policy = new(Options(), Second);
        Assert.False(policy.ShouldTrim(new HeapSample(0, 40 * MiB)));

        // A burst: 500 MiB allocated, 100 MiB more committed.
        Assert.False(policy.ShouldTrim(new HeapSample(500 * MiB, 140 * MiB)));

        // Quiet: two seconds are not enough, the third is.
        Assert.False(policy.ShouldTrim(new HeapSample(500 * MiB, 140 * MiB)));
        Assert.False(policy.ShouldTrim(new HeapSample(501 * MiB, 140 * MiB)));
        Assert.True(policy.ShouldTrim(new HeapSample(501 * MiB, 140 * MiB)));
    }

    [Fact]
    public void A_busy_second_starts_the_quiet_period_again_and_a_busy_gateway_never_trims()
    {
        IdleTrimPolicy policy = new(Options(), Second);
        policy.ShouldTrim(new HeapSample(0, 40 * MiB));
        long allocated = 0;
        for (int second = 0; second < 30; second++)
        {
            allocated += 2 * MiB;
            Assert.False(policy.ShouldTrim(new HeapSample(allocated, 200 * MiB)));
        }

        Assert.False(policy.ShouldTrim(new HeapSample(allocated, 200 * MiB)));
        Assert.False(policy.ShouldTrim(new HeapSample(allocated, 200 * MiB)));
        allocated += 5 * MiB;
        Assert.False(policy.ShouldTrim(new HeapSample(allocated, 200 * MiB)));
        Assert.False(policy.ShouldTrim(new HeapSample(allocated, 200 * MiB)));
        Assert.False(policy.ShouldTrim(new HeapSample(allocated, 200 * MiB)));
        Assert.True(policy.ShouldTrim(new HeapSample(allocated, 200 * MiB)));
    }

    [Fact]
    public void Growth_counts_from_the_lowest_committed_memory_and_less_than_the_minimum_is_left_alone()
    {
        IdleTrimPolicy policy = new(Options(), Second);
        policy.ShouldTrim(new HeapSample(0, 100 * MiB));

        // The GC returned memory by itself (down to 50 MiB), then grew to 110: 60 MiB of growth, under the minimum.
        policy.ShouldTrim(new HeapSample(0, 50 * MiB));
        for (int second = 0; second < 10; second++)
        {
            Assert.False(policy.ShouldTrim(new HeapSample(0, 110 * MiB)));
        }

        // 120: 70 MiB above the lowest point.
        Assert.True(policy.ShouldTrim(new HeapSample(0, 120 * MiB)));
    }

    [Fact]
    public void After_a_trim_the_next_needs_new_growth_and_the_minimum_interval()
    {
        IdleTrimPolicy policy = new(Options(), Second);
        policy.ShouldTrim(new HeapSample(0, 40 * MiB));
        for (int second = 0; second < 2; second++)
        {
            policy.ShouldTrim(new HeapSample(0, 200 * MiB));
        }

        Assert.True(policy.ShouldTrim(new HeapSample(0, 200 * MiB)));
        policy.Trimmed(new HeapSample(0, 150 * MiB));

        // Quiet and 150 MiB above the start, but only 20 MiB above the trim: nothing, however long it stays so.
        for (int second = 0; second < 30; second++)
        {
            Assert.False(policy.ShouldTrim(new HeapSample(0, 170 * MiB)));
        }

        // A second burst right after a trim waits for the minimum interval since it.
        policy = new IdleTrimPolicy(Options(), Second);
        policy.ShouldTrim(new HeapSample(0, 40 * MiB));
        policy.ShouldTrim(new HeapSample(0, 200 * MiB));
        policy.ShouldTrim(new HeapSample(0, 200 * MiB));
        Assert.True(policy.ShouldTrim(new HeapSample(0, 200 * MiB)));
        policy.Trimmed(new HeapSample(0, 40 * MiB));
        for (int second = 1; second < 10; second++)
        {
            Assert.False(policy.ShouldTrim(new HeapSample(0, 300 * MiB)), $"{second} s after the trim");
        }

        Assert.True(policy.ShouldTrim(new HeapSample(0, 300 * MiB)));
    }
}
