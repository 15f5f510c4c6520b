namespace GameLibrary.DataLoader.Tests.Library;

public sealed class AuthorByIdLoader(FetchLog log) : BatchDataLoader<int, Author>
{
    protected override async Task<IReadOnlyDictionary<int, Author>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Record(nameof(AuthorByIdLoader), keys);

        // A real store answers asynchronously: the other resolvers' awaits must then join this in-flight fetch.
        await Task.Yield();
        return LibraryData.Authors.Where(author => keys.Contains(author.Id)).ToDictionary(static author => author.Id);
    }
}
