namespace GameLibrary.Events.Tests;

/// <summary>A consumer's read model: how many games it has seen created.</summary>
public sealed class GameCount
{
    public int Id { get; set; }

    public int Count { get; set; }
}
