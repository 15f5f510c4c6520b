namespace GameLibrary.DataLoader.Tests.Library;

public sealed record Author(int Id, string Name);
