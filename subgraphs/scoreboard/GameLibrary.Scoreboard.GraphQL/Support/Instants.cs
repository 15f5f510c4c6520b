namespace GameLibrary.Scoreboard.GraphQL.Support;

/// <summary>Reads <c>DateTime</c> arguments as UTC instants (a value without an offset is taken as UTC).</summary>
internal static class Instants
{
    public static DateTimeOffset ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
