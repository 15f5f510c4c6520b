namespace GameLibrary.Gateway.Tests.Support;

/// <summary>Waits, within a deadline, for something that happens in the background (a file picked up, a host ready).</summary>
public static class Eventually
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        DateTime deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            T value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}; last seen: {value}");
            }

            await Task.Delay(50);
        }
    }
}
