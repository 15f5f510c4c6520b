namespace GameLibrary.Events.Tests;

public sealed record GameCreated(Guid GameId, string Title, int Number);
