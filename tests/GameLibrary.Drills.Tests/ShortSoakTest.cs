using GameLibrary.Drills.Tests.Support;
using GameLibrary.Gateway.LoadTest.Soak;
using Xunit.Abstractions;

namespace GameLibrary.Drills.Tests;

/// <summary>
/// The soak's CI version: 60 seconds of mixed reads, score submissions and live subscriptions through the gateway
/// (bench/GameLibrary.Gateway.LoadTest --soak runs the 30-minute one). Tolerances: no error at all; each process's
/// resident memory at the end within 25 % + 64 MB of its size after the warm-up (the first fifth of the run).
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class ShortSoakTest(DrillPlatform fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_minute_of_mixed_load_has_no_errors_and_no_unbounded_memory_growth()
    {
        using var table = new StringWriter();
        SoakVerdict verdict = await new SoakRun(fixture.Platform, SoakSettings.Short, table).RunAsync();
        output.WriteLine(table.ToString());

        Assert.True(verdict.Passed, string.Join(Environment.NewLine, verdict.Failures) + Environment.NewLine + table);
        Assert.All(verdict.Samples, sample => Assert.Equal(0, sample.Errors));
    }
}
