namespace GameLibrary.Subgraph.Toolkit.Authentication;

/// <summary>The JWT settings every subgraph shares, bound from the <c>Auth</c> configuration section.</summary>
public sealed class SubgraphAuthOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Auth";

    /// <summary>
    /// The signing key used when none is configured, in Development or on the embedded defaults only.
    /// It is public knowledge, so the toolkit refuses to start with it anywhere else.
    /// </summary>
    public const string DevelopmentSigningKey = "GameLibrary-DEVELOPMENT-ONLY-signing-key-never-use-in-production";

    /// <summary>The <c>iss</c> of issued tokens and the only issuer accepted. Defaults to <c>gamelibrary</c>.</summary>
    public string Issuer { get; set; } = "gamelibrary";

    /// <summary>The <c>aud</c> of issued tokens and the only audience accepted. Defaults to <c>gamelibrary</c>.</summary>
    public string Audience { get; set; } = "gamelibrary";

    /// <summary>
    /// The HMAC-SHA256 key: base64 of at least 32 bytes, or any text of at least 32 characters (used as UTF-8).
    /// Required outside Development and the embedded defaults.
    /// </summary>
    public string? SigningKey { get; set; }
}
