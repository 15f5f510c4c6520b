using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GameLibrary.Subgraph.Toolkit.Authentication;

/// <summary>
/// Refuses to start with a missing, short or publicly known signing key where real users could be affected:
/// anywhere but Development, and — for a missing key — anywhere but the embedded defaults.
/// </summary>
internal sealed class SubgraphAuthOptionsValidator(IHostEnvironment environment, IConfiguration configuration)
    : IValidateOptions<SubgraphAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, SubgraphAuthOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Issuer) || string.IsNullOrWhiteSpace(options.Audience))
        {
            return ValidateOptionsResult.Fail("Auth:Issuer and Auth:Audience must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            return environment.IsDevelopment() || EmbeddedDefaults.AreActive(configuration)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"Auth:SigningKey is not configured. Outside Development and the embedded defaults a signing key is required " +
                    $"(base64 of at least {SigningKeyMaterial.MinimumBytes} bytes, or text of at least {SigningKeyMaterial.MinimumBytes} characters); " +
                    $"the {environment.EnvironmentName} environment will not start with the public development key.");
        }

        if (!SigningKeyMaterial.TryDecode(options.SigningKey, out _))
        {
            return ValidateOptionsResult.Fail(
                $"Auth:SigningKey is too short: use base64 of at least {SigningKeyMaterial.MinimumBytes} bytes, or text of at least {SigningKeyMaterial.MinimumBytes} characters.");
        }

        if (options.SigningKey == SubgraphAuthOptions.DevelopmentSigningKey && !environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail(
                $"Auth:SigningKey is the public development key, which is refused in the {environment.EnvironmentName} environment. Configure a secret key.");
        }

        return ValidateOptionsResult.Success;
    }
}
