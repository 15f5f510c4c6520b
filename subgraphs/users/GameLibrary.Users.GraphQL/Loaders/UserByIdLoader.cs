using GameLibrary.DataLoader;
using GameLibrary.Users.Accounts;

namespace GameLibrary.Users.GraphQL.Loaders;

/// <summary>Loads users by id, one query per batch (entity references, follows).</summary>
/// <param name="directory">The account look-ups.</param>
public sealed class UserByIdLoader(UserDirectory directory) : BatchDataLoader<Guid, User>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<Guid, User>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        (await directory.GetByIdsAsync(keys, cancellationToken).ConfigureAwait(false)).ToDictionary(user => user.Id);
}
