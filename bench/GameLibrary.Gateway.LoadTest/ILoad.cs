namespace GameLibrary.Gateway.LoadTest;

/// <summary>A way of loading a gateway with one query for a while.</summary>
internal interface ILoad
{
    /// <summary>One line saying what the load is, for the table's heading.</summary>
    string Description { get; }

    /// <summary>Loads the gateway at <paramref name="url"/> with <paramref name="body"/> for <paramref name="duration"/>.</summary>
    Task<LoadRun> RunAsync(Uri url, byte[] body, TimeSpan duration);
}
