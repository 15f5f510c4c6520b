using GameLibrary.Testing.Logging;
using GameLibrary.Subgraph.Toolkit.Authentication;
using GameLibrary.Subgraph.Toolkit.Tests.Support;

using GameLibrary.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GameLibrary.Subgraph.Toolkit.Tests;

/// <summary>The signing key policy: the public development key never guards real users.</summary>
public sealed class AuthStartupTests
{
    private const string ProductionConnection = "Host=db;Database=catalog";

    [Fact]
    public async Task Production_with_a_database_and_no_signing_key_refuses_to_start()
    {
        OptionsValidationException error = await StartFailsAsync("Production", new()
        {
            ["Auth:SigningKey"] = null,
            ["ConnectionStrings:Catalog"] = ProductionConnection,
        });

        Assert.Contains("Auth:SigningKey is not configured", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_configured_with_the_development_key_refuses_to_start()
    {
        OptionsValidationException error = await StartFailsAsync("Production", new()
        {
            ["Auth:SigningKey"] = SubgraphAuthOptions.DevelopmentSigningKey,
        });

        Assert.Contains("public development key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signing_key_shorter_than_32_bytes_refuses_to_start()
    {
        OptionsValidationException error = await StartFailsAsync("Development", new() { ["Auth:SigningKey"] = "too-short" });

        Assert.Contains("too short", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", null)]
    [InlineData("Production", null)]
    [InlineData("Development", ProductionConnection)]
    public async Task Without_a_key_Development_and_the_embedded_defaults_use_the_development_key(string environment, string? connection)
    {
        await using TestSubgraph subgraph = await TestSubgraph.StartAsync(environment, new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = null,
            ["ConnectionStrings:Catalog"] = connection,
        });
        DateTime now = DateTime.UtcNow;
        string token = TestTokens.Craft(SubgraphAuthOptions.DevelopmentSigningKey, now, now.AddHours(1), "admin");

        GraphQLResponse response = await subgraph.PostAsync("{ product(id: 2) { costPrice } }", token: token);

        Assert.Equal("""{"data":{"product":{"costPrice":8}}}""", response.Json.ToJsonString());
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(TestKeys.SigningKey, false)]
    public async Task Startup_warns_exactly_when_the_development_key_is_in_use(string? signingKey, bool warns)
    {
        using CapturingLoggerProvider logs = new();
        await using TestSubgraph subgraph = await TestSubgraph.StartAsync(
            settings: new Dictionary<string, string?> { ["Auth:SigningKey"] = signingKey },
            configure: builder => builder.Logging.AddProvider(logs));

        Assert.Equal(warns, logs.Entries.Any(entry => entry.Level == LogLevel.Warning && entry.Message.Contains("public development key", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_base64_signing_key_is_used_as_its_bytes()
    {
        byte[] key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
        await using TestSubgraph subgraph = await TestSubgraph.StartAsync("Production", new Dictionary<string, string?> { ["Auth:SigningKey"] = Convert.ToBase64String(key) });

        string token = TestTokens.Issue(subgraph, "admin");
        Microsoft.IdentityModel.Tokens.TokenValidationResult validation = await new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler()
            .ValidateTokenAsync(token, new Microsoft.IdentityModel.Tokens.TokenValidationParameters
            {
                ValidIssuer = "gamelibrary",
                ValidAudience = "gamelibrary",
                IssuerSigningKey = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(key),
            });

        Assert.True(validation.IsValid, validation.Exception?.Message);
    }

    private static async Task<OptionsValidationException> StartFailsAsync(string environment, Dictionary<string, string?> settings)
    {
        await using WebApplication app = TestSubgraph.Build(environment, settings);
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }
}
