namespace GameLibrary.DataLoader.Tests.Library;

public sealed class BooksByAuthorLoader(FetchLog log) : GroupedDataLoader<int, Book>
{
    protected override async Task<ILookup<int, Book>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Record(nameof(BooksByAuthorLoader), keys);
        await Task.Yield();
        return LibraryData.Books.Where(book => keys.Contains(book.AuthorId)).ToLookup(static book => book.AuthorId);
    }
}
