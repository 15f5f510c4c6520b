namespace GameLibrary.DataLoader.Tests.Library;

/// <summary>50 books by 10 authors, plus an 11th author without books.</summary>
public static class LibraryData
{
    public static IReadOnlyList<Author> Authors { get; } =
        [.. Enumerable.Range(1, 11).Select(static id => new Author(id, $"Author {id}"))];

    // Authors first appear in the order 8, 5, 2, 9, 6, 3, 10, 7, 4, 1: a batch keeping load order is visibly unsorted.
    public static IReadOnlyList<Book> Books { get; } =
        [.. Enumerable.Range(1, 50).Select(static id => new Book(id, $"Book {id}", (id * 7 % 10) + 1))];
}
