using GameLibrary.Users.Data;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Users.Accounts;

/// <summary>Looks accounts up, each call on its own short-lived context (GraphQL resolves fields concurrently).</summary>
/// <param name="contexts">Creates the contexts.</param>
public sealed class UserDirectory(IDbContextFactory<UsersDbContext> contexts)
{
    /// <summary>The accounts with the given ids that exist.</summary>
    /// <param name="ids">The user ids.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The found accounts.</returns>
    public async Task<IReadOnlyList<User>> GetByIdsAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Guid[] wanted = [.. ids];
        await using UsersDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The account with the username (case-insensitive), if any.</summary>
    /// <param name="username">The username.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The account, or <see langword="null"/>.</returns>
    public async Task<User?> FindByUsernameAsync(string username, CancellationToken cancellationToken)
    {
        string normalized = UserRules.Normalize(username);
        await using UsersDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUsername == normalized, cancellationToken).ConfigureAwait(false);
    }
}
