namespace GameLibrary.Drills.Tests.Support;

/// <summary>Waits for the platform to reach a state (a host back, a board repaired), failing with what was awaited.</summary>
public static class Poll
{
    /// <summary>Generous: recoveries on a loaded 2-core CI machine include a host's start (JIT, migrations check).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <summary>Checks <paramref name="condition"/> every 250 ms until it holds; fails the test after <see cref="Patience"/>.</summary>
    public static async Task UntilAsync(string what, Func<Task<bool>> condition)
    {
        DateTime deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within {Patience.TotalSeconds:0} s: {what}.");
            await Task.Delay(250);
        }
    }
}
