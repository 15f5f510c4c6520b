using GameLibrary.Subgraph.Toolkit.Authentication;
using GameLibrary.Subgraph.Toolkit.Authorization;
using GameLibrary.Users.Accounts;
using GameLibrary.Users.Follows;
using GameLibrary.Users.GraphQL.Support;
using GameLibrary.Users.GraphQL.Types;
using GameLibrary.Users.Library;

using GraphQL;
using GraphQL.Types;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GameLibrary.Users.GraphQL;

/// <summary>The users subgraph's mutations.</summary>
public sealed class UsersMutation : ObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public UsersMutation()
    {
        Name = "Mutation";
        AddAccountFields();
        AddLibraryFields();
        AddFollowFields();
    }

    private void AddAccountFields()
    {
        Field<NonNullGraphType<AuthPayloadType>>("register")
            .Description("Registers a player and signs them in, answering what login answers: no second call is needed. (Changed: register "
                + "used to answer the new User, which is now the payload's 'user'.) Usernames and email addresses are unique (ignoring case); "
                + "passwords have at least 10 characters mixing letters with digits or symbols.")
            .Argument<NonNullGraphType<StringGraphType>>("username")
            .Argument<NonNullGraphType<StringGraphType>>("email")
            .Argument<NonNullGraphType<StringGraphType>>("password")
            .Argument<NonNullGraphType<RegionType>>("region", argument => argument.DefaultValue = Region.NA)
            .Argument<StringGraphType>("displayName")
            .ResolveAsync(async context => await DomainErrors.RunAsync(async () =>
            {
                AccountService accounts = Service<AccountService>(context);
                User user = await accounts.RegisterAsync(
                    new Registration(
                        context.GetArgument<string>("username"),
                        context.GetArgument<string>("email"),
                        context.GetArgument<string>("password"),
                        context.GetArgument<Region>("region"),
                        context.GetArgument<string?>("displayName")),
                    context.CancellationToken).ConfigureAwait(false);
                return SignIn(context, new LoginResult(user, accounts.RolesOf(user)));
            }).ConfigureAwait(false));

        Field<NonNullGraphType<AuthPayloadType>>("login")
            .Description("Signs in with a username or email address. Repeated failures are refused for a while, per account and per client address.")
            .Argument<NonNullGraphType<StringGraphType>>("usernameOrEmail")
            .Argument<NonNullGraphType<StringGraphType>>("password")
            .ResolveAsync(async context => await DomainErrors.RunAsync(async () =>
            {
                IServiceProvider services = context.RequestServices!;
                UsersOptions options = services.GetRequiredService<IOptions<UsersOptions>>().Value;
                string clientAddress = ClientAddress.Of(
                    services.GetRequiredService<IHttpContextAccessor>().HttpContext,
                    options.LoginThrottling.TrustForwardedFor);
                LoginResult login = await services.GetRequiredService<AccountService>().LoginAsync(
                    context.GetArgument<string>("usernameOrEmail"),
                    context.GetArgument<string>("password"),
                    clientAddress,
                    context.CancellationToken).ConfigureAwait(false);
                return SignIn(context, login);
            }).ConfigureAwait(false));

        Field<NonNullGraphType<UserType>>("updateProfile")
            .Description("Changes the signed-in user's profile; omitted arguments stay as they are, an empty avatarUrl removes the avatar.")
            .RequireAuthenticated()
            .Argument<StringGraphType>("displayName")
            .Argument<StringGraphType>("avatarUrl")
            .Argument<RegionType>("region")
            .ResolveAsync(async context => await DomainErrors.RunAsync(() => Service<AccountService>(context).UpdateProfileAsync(
                Viewer.RequireId(context),
                new ProfileChanges(
                    context.GetArgument<string?>("displayName"),
                    context.GetArgument<string?>("avatarUrl"),
                    context.GetArgument<Region?>("region")),
                context.CancellationToken)).ConfigureAwait(false));

        Field<NonNullGraphType<BooleanGraphType>>("deleteAccount")
            .Description("Erases the signed-in user's account, library, ratings and follows, and tells the other subgraphs. Tokens already issued stop finding the user.")
            .RequireAuthenticated()
            .ResolveAsync(async context => await DomainErrors.RunAsync(async () =>
            {
                await Service<PersonalDataService>(context).DeleteAsync(Viewer.RequireId(context), context.CancellationToken).ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false));
    }

    private void AddLibraryFields()
    {
        Field<NonNullGraphType<LibraryEntryType>>("addToLibrary")
            .Description("Adds a catalog game to the signed-in user's library.")
            .RequireAuthenticated()
            .Argument<NonNullGraphType<IdGraphType>>("gameId")
            .Argument<NonNullGraphType<LibraryStatusType>>("status")
            .ResolveAsync(async context => await DomainErrors.RunAsync(() => Service<LibraryService>(context).AddAsync(
                Viewer.RequireId(context), Ids.GameId(context, "gameId"), context.GetArgument<LibraryStatus>("status"), context.CancellationToken))
                .ConfigureAwait(false));

        Field<NonNullGraphType<LibraryEntryType>>("updateLibraryEntry")
            .Description("Changes the status of a game in the signed-in user's library.")
            .RequireAuthenticated()
            .Argument<NonNullGraphType<IdGraphType>>("gameId")
            .Argument<NonNullGraphType<LibraryStatusType>>("status")
            .ResolveAsync(async context => await DomainErrors.RunAsync(() => Service<LibraryService>(context).UpdateAsync(
                Viewer.RequireId(context), Ids.GameId(context, "gameId"), context.GetArgument<LibraryStatus>("status"), context.CancellationToken))
                .ConfigureAwait(false));

        Field<NonNullGraphType<BooleanGraphType>>("removeFromLibrary")
            .Description("Removes a game from the signed-in user's library; a rating of it stays.")
            .RequireAuthenticated()
            .Argument<NonNullGraphType<IdGraphType>>("gameId")
            .ResolveAsync(async context => await DomainErrors.RunAsync(async () =>
            {
                await Service<LibraryService>(context)
                    .RemoveAsync(Viewer.RequireId(context), Ids.GameId(context, "gameId"), context.CancellationToken).ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false));

        Field<NonNullGraphType<GameType>>("rateGame")
            .Description($"Rates a catalog game {LibraryService.MinRating}–{LibraryService.MaxRating} as the signed-in user, replacing an earlier rating.")
            .RequireAuthenticated()
            .Argument<NonNullGraphType<IdGraphType>>("gameId")
            .Argument<NonNullGraphType<IntGraphType>>("rating")
            .ResolveAsync(async context => await DomainErrors.RunAsync(async () =>
            {
                GameRating rating = await Service<LibraryService>(context).RateAsync(
                    Viewer.RequireId(context), Ids.GameId(context, "gameId"), context.GetArgument<int>("rating"), context.CancellationToken)
                    .ConfigureAwait(false);
                return new GameReference { Id = rating.GameId };
            }).ConfigureAwait(false));
    }

    private void AddFollowFields()
    {
        Field<NonNullGraphType<UserType>>("follow")
            .Description("Makes the signed-in user follow another user; following twice changes nothing.")
            .RequireAuthenticated()
            .Argument<NonNullGraphType<IdGraphType>>("userId")
            .ResolveAsync(async context => await DomainErrors.RunAsync(() => Service<FollowService>(context)
                .FollowAsync(Viewer.RequireId(context), Ids.UserId(context, "userId"), context.CancellationToken)).ConfigureAwait(false));

        Field<NonNullGraphType<UserType>>("unfollow")
            .Description("Stops the signed-in user following another user; unfollowing twice changes nothing.")
            .RequireAuthenticated()
            .Argument<NonNullGraphType<IdGraphType>>("userId")
            .ResolveAsync(async context => await DomainErrors.RunAsync(() => Service<FollowService>(context)
                .UnfollowAsync(Viewer.RequireId(context), Ids.UserId(context, "userId"), context.CancellationToken)).ConfigureAwait(false));
    }

    /// <summary>Issues the token of a signed-in session: what register and login answer.</summary>
    private static AuthPayload SignIn(IResolveFieldContext context, LoginResult login)
    {
        IServiceProvider services = context.RequestServices!;
        UsersOptions options = services.GetRequiredService<IOptions<UsersOptions>>().Value;
        IssuedToken token = services.GetRequiredService<JwtTokenIssuer>()
            .Issue(Ids.Format(login.User.Id), login.User.Username, login.Roles, options.TokenLifetime);
        return new AuthPayload(token.AccessToken, token.ExpiresAt, login.Roles, login.User);
    }

    private static T Service<T>(IResolveFieldContext context)
        where T : notnull => context.RequestServices!.GetRequiredService<T>();
}
