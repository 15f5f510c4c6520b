using GameLibrary.Subgraph.Toolkit.Authorization;
using GameLibrary.Users.Accounts;
using GameLibrary.Users.GraphQL.Loaders;
using GameLibrary.Users.GraphQL.Support;
using GameLibrary.Users.GraphQL.Types;

using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Users.GraphQL;

/// <summary>The users subgraph's queries.</summary>
public sealed class UsersQuery : ObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public UsersQuery()
    {
        Name = "Query";
        Field<UserType>("me")
            .Description("The signed-in user; null when the account was deleted after the token was issued.")
            .RequireAuthenticated()
            .Resolve(context => context.RequestServices!.GetRequiredService<UserByIdLoader>().LoadAsync(Viewer.RequireId(context)));
        Field<UserType>("user")
            .Description("A user by id; null when none has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => context.RequestServices!.GetRequiredService<UserByIdLoader>().LoadAsync(Ids.UserId(context, "id")));
        Field<UserType>("userByUsername")
            .Description("A user by username (case-insensitive); null when none has it.")
            .Argument<NonNullGraphType<StringGraphType>>("username")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<UserDirectory>()
                .FindByUsernameAsync(context.GetArgument<string>("username"), context.CancellationToken).ConfigureAwait(false));
        Field<NonNullGraphType<StringGraphType>>("exportMyData")
            .Description("Everything this subgraph holds about the signed-in user, as a JSON document.")
            .RequireAuthenticated()
            .ResolveAsync(async context => await DomainErrors.RunAsync(() => context.RequestServices!.GetRequiredService<PersonalDataService>()
                .ExportAsync(Viewer.RequireId(context), context.CancellationToken)).ConfigureAwait(false));
    }
}
