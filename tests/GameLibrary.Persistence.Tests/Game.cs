namespace GameLibrary.Persistence.Tests;

public sealed class Game
{
    public int Id { get; set; }

    public required string Title { get; set; }
}
