using GameLibrary.DataLoader;
using GameLibrary.Subgraph.Toolkit.Federation;
using GameLibrary.Users.Accounts;
using GameLibrary.Users.Follows;
using GameLibrary.Users.GraphQL.Loaders;
using GameLibrary.Users.GraphQL.Paging;
using GameLibrary.Users.GraphQL.Support;
using GameLibrary.Users.Library;

using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Users.GraphQL.Types;

/// <summary>The <c>User</c> entity this subgraph owns.</summary>
public sealed class UserType : ObjectGraphType<User>
{
    /// <summary>Creates the type.</summary>
    public UserType()
    {
        Name = "User";
        Description = "A player.";
        this.Key("id");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => Ids.Format(context.Source.Id));
        Field(user => user.Username);
        Field(user => user.DisplayName);
        Field(user => user.AvatarUrl, nullable: true);
        Field<NonNullGraphType<RegionType>>("region").Resolve(context => context.Source.Region);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt.UtcDateTime);
        Field<StringGraphType>("email")
            .Description("The email address; null unless the caller is this user or an admin.")
            .Resolve(context => Viewer.IdOf(context.User) == context.Source.Id || Viewer.IsAdmin(context.User)
                ? context.Source.Email
                : null);

        Field<NonNullGraphType<UserConnectionType>>("following")
            .Description($"The users this user follows, most recent first. 'first' is at most {Cursors.MaxFirst}.")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = Cursors.DefaultFirst)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async context =>
            {
                (int offset, int limit) = Cursors.Read(context);
                return await context.RequestServices!.GetRequiredService<FollowQueries>()
                    .GetFollowingAsync(context.Source.Id, offset, limit, context.CancellationToken).ConfigureAwait(false);
            });
        Field<NonNullGraphType<UserConnectionType>>("followers")
            .Description($"The users following this user, most recent first. 'first' is at most {Cursors.MaxFirst}.")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = Cursors.DefaultFirst)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async context =>
            {
                (int offset, int limit) = Cursors.Read(context);
                return await context.RequestServices!.GetRequiredService<FollowQueries>()
                    .GetFollowersAsync(context.Source.Id, offset, limit, context.CancellationToken).ConfigureAwait(false);
            });

        // For other subgraphs' @requires (friends' leaderboards); @inaccessible keeps it out of the public API.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("followingIds")
            .Description("The ids of the users this user follows, for other subgraphs' @requires.")
            .Inaccessible()
            .Resolve(context => context.RequestServices!.GetRequiredService<FollowingIdsLoader>()
                .LoadAsync(context.Source.Id)
                .Then(ids => ids.Select(Ids.Format).ToList()));

        Field<NonNullGraphType<LibraryEntryConnectionType>>("library")
            .Description($"The user's games, most recently changed first, optionally of one status. 'first' is at most {Cursors.MaxFirst}.")
            .Argument<LibraryStatusType>("status")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = Cursors.DefaultFirst)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async context =>
            {
                (int offset, int limit) = Cursors.Read(context);
                return await context.RequestServices!.GetRequiredService<LibraryQueries>()
                    .GetLibraryAsync(context.Source.Id, context.GetArgument<LibraryStatus?>("status"), offset, limit, context.CancellationToken)
                    .ConfigureAwait(false);
            });

        this.ResolveReferenceBatched<User, Guid, UserByIdLoader>(user => user.Id);
    }
}
