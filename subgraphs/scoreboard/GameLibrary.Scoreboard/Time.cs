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

    /// <summary>Cuts <paramref name="instant"/> to whole microseconds (what PostgreSQL stores), in UTC.</summary>
    /// <param name="instant">The instant.</param>
    public static DateTimeOffset Truncate(DateTimeOffset instant) => FromMicros(ToMicros(instant));
}
