namespace GameLibrary.Events.Tests;

public sealed class Game
{
    public Guid Id { get; set; }

    public required string Title { get; set; }
}
