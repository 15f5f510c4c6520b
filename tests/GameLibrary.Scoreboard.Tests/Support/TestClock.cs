namespace GameLibrary.Scoreboard.Tests.Support;

/// <summary>
/// A clock the tests set and move by hand (windows, rate limits). It runs years ahead of the real one: Redis expires
/// windowed boards at real time, so a board of a test period in the past would vanish at once.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2030, 12, 4, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
