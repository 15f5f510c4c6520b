using GameLibrary.Users;
using GameLibrary.Users.Accounts;
using GameLibrary.Users.Catalog;
using GameLibrary.Users.Data;
using GameLibrary.Users.Events;
using GameLibrary.Users.Follows;
using GameLibrary.Users.Library;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the users domain.</summary>
public static class UsersServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="UsersDbContext"/> on <c>ConnectionStrings:Users</c> (PostgreSQL) or the SQLite default,
    /// the <c>Users</c> options, the password hasher, the login throttle, the domain services and the catalog event handler.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application configuration.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddUsersDomain(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddGameLibraryDbContext<UsersDbContext>(configuration, "Users");
        services.AddOptions<UsersOptions>()
            .Bind(configuration.GetSection(UsersOptions.SectionName))
            .Validate(
                options => options.TokenLifetime > TimeSpan.Zero
                    && options.LoginThrottling is { MaxFailuresPerAccount: > 0, MaxFailuresPerAddress: > 0 }
                    && options.LoginThrottling.Window > TimeSpan.Zero
                    && !string.IsNullOrWhiteSpace(options.CatalogEventLog),
                "Users:TokenLifetime, Users:LoginThrottling limits and window must be positive, Users:CatalogEventLog non-empty.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.TryAddSingleton<LoginThrottle>();
        services.TryAddScoped<AccountService>();
        services.TryAddScoped<UserDirectory>();
        services.TryAddScoped<PersonalDataService>();
        services.TryAddScoped<LibraryService>();
        services.TryAddScoped<FollowService>();
        services.TryAddScoped<LibraryQueries>();
        services.TryAddScoped<FollowQueries>();
        services.TryAddScoped<CatalogEventHandler>();
        return services;
    }

    /// <summary>
    /// Publishes the users outbox to the <c>users</c> event log and consumes the catalog's log (as <c>users</c>) into
    /// the known games. Needs the Redis connection (<c>AddGameLibraryRedis</c>) and <see cref="AddUsersDomain"/> first.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application configuration (<c>Users:CatalogEventLog</c>).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddUsersEvents(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // Read directly: the consumer's log is fixed when it is registered, before options can be resolved.
        string catalogLog = configuration[$"{UsersOptions.SectionName}:{nameof(UsersOptions.CatalogEventLog)}"] is { Length: > 0 } configured
            ? configured
            : new UsersOptions().CatalogEventLog;
        services.AddOutboxPublisher<UsersDbContext>();
        services.AddEventConsumer<CatalogEventHandler>(catalogLog, UsersEventLog.ConsumerName);
        return services;
    }
}
