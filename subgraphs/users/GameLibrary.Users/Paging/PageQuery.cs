using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Users.Paging;

/// <summary>Reads one page of an ordered query.</summary>
internal static class PageQuery
{
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, int offset, int limit, CancellationToken cancellationToken)
    {
        int total = await ordered.CountAsync(cancellationToken).ConfigureAwait(false);

        // One item more than asked tells whether a next page exists without a second query.
        List<T> items = await ordered.Skip(offset).Take(limit + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        bool hasNext = items.Count > limit;
        if (hasNext)
        {
            items.RemoveAt(items.Count - 1);
        }

        return new Page<T>(items, offset, hasNext, total);
    }
}
