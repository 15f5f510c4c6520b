using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GameLibrary.Subgraph.Toolkit.Authentication;

/// <summary>The key tokens are signed and validated with; the development key when none is configured.</summary>
internal sealed class JwtSigningKey
{
    public JwtSigningKey(IOptions<SubgraphAuthOptions> options)
    {
        string? configured = options.Value.SigningKey;
        IsDevelopmentKey = string.IsNullOrWhiteSpace(configured);

        // The options validator has already rejected keys that do not decode, and a missing key where it matters.
        _ = SigningKeyMaterial.TryDecode(IsDevelopmentKey ? SubgraphAuthOptions.DevelopmentSigningKey : configured!, out byte[] key);
        Key = new SymmetricSecurityKey(key);
    }

    public SymmetricSecurityKey Key { get; }

    /// <summary>Whether no key is configured, so the public development key is in use.</summary>
    public bool IsDevelopmentKey { get; }
}
