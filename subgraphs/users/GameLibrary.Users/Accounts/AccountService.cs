using GameLibrary.Events;
using GameLibrary.Users.Data;
using GameLibrary.Users.Errors;
using GameLibrary.Users.Events;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GameLibrary.Users.Accounts;

/// <summary>Registers accounts, checks logins and changes profiles.</summary>
/// <param name="db">The users database.</param>
/// <param name="passwordHasher">ASP.NET Core Identity's hasher (PBKDF2 with a per-password salt).</param>
/// <param name="throttle">The failed-login counters.</param>
/// <param name="options">The admin list.</param>
/// <param name="timeProvider">The clock.</param>
public sealed class AccountService(
    UsersDbContext db,
    IPasswordHasher<User> passwordHasher,
    LoginThrottle throttle,
    IOptions<UsersOptions> options,
    TimeProvider timeProvider)
{
    /// <summary>
    /// A hash verified when no account matches a login, so an unknown name costs as much time as a wrong
    /// password and response times do not reveal which usernames exist.
    /// </summary>
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<User>().HashPassword(new User(), "decoy-password-1"));

    /// <summary>Registers an account and publishes <see cref="UserRegistered"/>.</summary>
    /// <param name="registration">The new account's details.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The account.</returns>
    public async Task<User> RegisterAsync(Registration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        string username = UserRules.Username(registration.Username);
        string email = UserRules.Email(registration.Email);
        UserRules.Password(registration.Password, username);
        string displayName = UserRules.DisplayName(registration.DisplayName ?? username);

        User user = new()
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            Username = username,
            NormalizedUsername = UserRules.Normalize(username),
            Email = email,
            NormalizedEmail = UserRules.Normalize(email),
            DisplayName = displayName,
            Region = registration.Region,
            CreatedAt = Truncate(timeProvider.GetUtcNow()),
        };
        await EnsureUniqueAsync(user, cancellationToken).ConfigureAwait(false);
        user.PasswordHash = passwordHasher.HashPassword(user, registration.Password);

        db.Users.Add(user);
        Outbox.Add(db, DomainEvent.Create(UsersEventLog.Name, new UserRegistered(user.Id, user.Username, user.Region.ToString()), timeProvider));
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // A concurrent registration took the name between the check and the insert: the unique index decided.
            db.ChangeTracker.Clear();
            await EnsureUniqueAsync(user, cancellationToken).ConfigureAwait(false);
            throw;
        }

        return user;
    }

    /// <summary>
    /// Checks a login, subject to the failed-login limits per account and per client address. The same refusal
    /// answers an unknown account and a wrong password.
    /// </summary>
    /// <param name="usernameOrEmail">The username or email address.</param>
    /// <param name="password">The password.</param>
    /// <param name="clientAddress">The caller's address, for the per-address limit.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The account and its roles.</returns>
    public async Task<LoginResult> LoginAsync(string usernameOrEmail, string password, string clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(usernameOrEmail);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(clientAddress);
        string account = UserRules.Normalize(usernameOrEmail);
        if (!throttle.IsAllowed(account, clientAddress))
        {
            throw new UsersException(UsersErrorCodes.TooManyLoginAttempts, "Too many failed logins. Try again later.");
        }

        User? user = await db.Users
            .FirstOrDefaultAsync(u => u.NormalizedUsername == account || u.NormalizedEmail == account, cancellationToken)
            .ConfigureAwait(false);
        PasswordVerificationResult verification = password.Length > UserRules.MaxPasswordLength
            ? PasswordVerificationResult.Failed
            : passwordHasher.VerifyHashedPassword(user ?? new User(), user?.PasswordHash ?? DecoyHash.Value, password);
        if (user is null || verification == PasswordVerificationResult.Failed)
        {
            throttle.RecordFailure(account, clientAddress);
            throw new UsersException(UsersErrorCodes.InvalidCredentials, "The username or email and password do not match.");
        }

        throttle.RecordSuccess(account);
        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = passwordHasher.HashPassword(user, password);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return new LoginResult(user, RolesOf(user));
    }

    /// <summary>The roles of an account: <c>player</c>, plus <c>admin</c> when its username is configured as an admin.</summary>
    /// <param name="user">The account.</param>
    /// <returns>The roles.</returns>
    public IReadOnlyList<string> RolesOf(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return options.Value.Admins.Any(admin => UserRules.Normalize(admin) == user.NormalizedUsername)
            ? [UserRoles.Player, UserRoles.Admin]
            : [UserRoles.Player];
    }

    /// <summary>Changes a profile.</summary>
    /// <param name="userId">The account.</param>
    /// <param name="changes">What to change.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The changed account.</returns>
    public async Task<User> UpdateProfileAsync(Guid userId, ProfileChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        User user = await db.Users.FindAsync([userId], cancellationToken).ConfigureAwait(false)
            ?? throw new UsersException(UsersErrorCodes.NotFound, "The account no longer exists.");
        if (changes.DisplayName is { } displayName)
        {
            user.DisplayName = UserRules.DisplayName(displayName);
        }

        if (changes.AvatarUrl is { } avatarUrl)
        {
            user.AvatarUrl = avatarUrl.Length == 0 ? null : UserRules.AvatarUrl(avatarUrl);
        }

        if (changes.Region is { } region && region != user.Region)
        {
            user.Region = region;

            // Saved with the change: other subgraphs (the scoreboard's regional boards) follow the player's region.
            Outbox.Add(db, DomainEvent.Create(UsersEventLog.Name, new UserRegionChanged(user.Id, region.ToString()), timeProvider));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return user;
    }

    /// <summary>PostgreSQL keeps microseconds; truncating up front makes the value read back equal to the one written.</summary>
    internal static DateTimeOffset Truncate(DateTimeOffset value) => value.AddTicks(-(value.Ticks % TimeSpan.TicksPerMicrosecond));

    private async Task EnsureUniqueAsync(User user, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.NormalizedUsername == user.NormalizedUsername, cancellationToken).ConfigureAwait(false))
        {
            throw new UsersException(UsersErrorCodes.UsernameTaken, $"The username '{user.Username}' is taken.");
        }

        if (await db.Users.AnyAsync(u => u.NormalizedEmail == user.NormalizedEmail, cancellationToken).ConfigureAwait(false))
        {
            throw new UsersException(UsersErrorCodes.EmailTaken, "An account with this email address exists.");
        }
    }
}
