namespace GameLibrary.Gateway.LoadTest.Soak;

/// <summary>One row of the soak's table.</summary>
/// <param name="Elapsed">Time since the load started.</param>
/// <param name="Requests">HTTP requests answered so far.</param>
/// <param name="Errors">Requests or subscription events that failed so far.</param>
/// <param name="Events">Subscription events received so far.</param>
/// <param name="ResidentBytes">Each process's resident memory now, by name.</param>
internal sealed record SoakSample(TimeSpan Elapsed, long Requests, long Errors, long Events, IReadOnlyDictionary<string, long> ResidentBytes);
