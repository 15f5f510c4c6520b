namespace GameLibrary.EndToEnd.Tests.Platform;

/// <summary>Waits for a condition of a system that settles asynchronously (events between subgraphs, hosts starting).</summary>
public static class Eventually
{
    /// <summary>Checks <paramref name="condition"/> every 100 ms until it holds; fails the test after <paramref name="patience"/>.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan patience)
    {
        DateTime deadline = DateTime.UtcNow + patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The condition did not hold within {patience.TotalSeconds} seconds.");
            await Task.Delay(100);
        }
    }
}
