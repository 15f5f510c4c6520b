namespace GameLibrary.DataLoader.Tests.Library;

public sealed record Book(int Id, string Title, int AuthorId);
