using System.Text;

using GameLibrary.Subgraph.Toolkit.Authentication;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GameLibrary.Subgraph.Toolkit.Tests.Support;

public static class TestTokens
{
    /// <summary>A token from the subgraph's own issuer, as the users subgraph would hand out at login.</summary>
    public static string Issue(TestSubgraph subgraph, params string[] roles) =>
        subgraph.Services.GetRequiredService<JwtTokenIssuer>().Issue("user-42", "ada", roles, TimeSpan.FromMinutes(5)).AccessToken;

    /// <summary>A token with the platform's claims, signed with <paramref name="signingKey"/> and valid over the given window.</summary>
    public static string Craft(string signingKey, DateTime notBefore, DateTime expires, params string[] roles) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "gamelibrary",
            Audience = "gamelibrary",
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object> { ["sub"] = "user-42", ["name"] = "ada", ["role"] = roles },
        });
}
