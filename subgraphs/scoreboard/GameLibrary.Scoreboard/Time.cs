namespace GameLibrary.Scoreboard;

/// <summary>Instants as UTC microseconds since the Unix epoch: what PostgreSQL keeps, and comparable on every store.</summary>
public static class Time
{
    /// <summary>Microseconds since the epoch.</summary>
    /// <param name="instant">The instant.</param>
    public static long ToMicros(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>The instant of <paramref name="micros"/>.</summary>
    /// <param name="micros">Microseconds since the epoch.</param>
    public static DateTimeOffset FromMicros(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * 10);

    /// <summary>
    /// Cuts <paramref name="instant"/> to whole milliseconds, in UTC: both stores keep that exactly (PostgreSQL keeps
    /// microseconds, the SQLite converter 100 µs), so a stored score reads back as it was answered.
    /// </summary>
    /// <param name="instant">The instant.</param>
    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
