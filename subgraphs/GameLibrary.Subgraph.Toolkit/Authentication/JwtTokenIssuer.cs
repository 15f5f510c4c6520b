using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GameLibrary.Subgraph.Toolkit.Authentication;

/// <summary>Issues the access tokens every subgraph accepts (the users subgraph uses it to log users in).</summary>
public sealed class JwtTokenIssuer
{
    private readonly SubgraphAuthOptions _options;
    private readonly SigningCredentials _credentials;
    private readonly TimeProvider _timeProvider;
    private readonly JsonWebTokenHandler _handler = new();

    internal JwtTokenIssuer(IOptions<SubgraphAuthOptions> options, JwtSigningKey signingKey, TimeProvider timeProvider)
    {
        _options = options.Value;
        _credentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256);
        _timeProvider = timeProvider;
    }

    /// <summary>Issues a token for a user.</summary>
    /// <param name="userId">The user id (<c>sub</c>).</param>
    /// <param name="username">The username (<c>name</c>).</param>
    /// <param name="roles">The user's roles (<c>role</c>), checked by <c>RequireRole</c>.</param>
    /// <param name="lifetime">How long the token is accepted.</param>
    /// <returns>The token and its expiry.</returns>
    public IssuedToken Issue(string userId, string username, IEnumerable<string> roles, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);

        DateTime now = _timeProvider.GetUtcNow().UtcDateTime;
        DateTime expires = now + lifetime;
        string token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            SigningCredentials = _credentials,
            Claims = new Dictionary<string, object>
            {
                [SubgraphClaimTypes.UserId] = userId,
                [SubgraphClaimTypes.Username] = username,
                [SubgraphClaimTypes.Role] = roles.ToArray(),
            },
        });
        return new IssuedToken(token, new DateTimeOffset(expires, TimeSpan.Zero));
    }
}
