using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

using GameLibrary.BadInput.Tests.Platform;

namespace GameLibrary.BadInput.Tests.Running;

/// <summary>
/// The <c>Authorization</c> header of a case's <c>token</c>: <c>"user"</c> or <c>"admin"</c> (real tokens),
/// <c>"raw:…"</c> (the header value as written), or an object describing a JWT to forge — <c>alg</c> (HS256 by
/// default, <c>none</c> unsigned), <c>key</c> (the platform's by default), <c>iss</c>, <c>aud</c> (null leaves the claim out), <c>expIn</c> and
/// <c>nbfIn</c> (seconds from now), <c>sub</c>, <c>role</c>, <c>signature</c> (<c>tamper</c> or <c>empty</c>),
/// <c>header</c> (extra header fields) and <c>scheme</c>.
/// </summary>
public static class ForgedTokens
{
    public static string? Header(JsonNode? token, HostilePlatform platform)
    {
        switch (token)
        {
            case null:
                return null;
            case JsonObject spec:
                return $"{spec["scheme"]?.GetValue<string>() ?? "Bearer"} {Forge(spec, platform)}";
            default:
                string name = token.GetValue<string>();
                return name switch
                {
                    "user" => $"Bearer {platform.UserToken}",
                    "admin" => $"Bearer {platform.AdminToken}",
                    _ when name.StartsWith("raw:", StringComparison.Ordinal) => name["raw:".Length..],
                    _ => throw new InvalidOperationException($"Unknown token '{name}'."),
                };
        }
    }

    private static string Forge(JsonObject spec, HostilePlatform platform)
    {
        string algorithm = spec["alg"]?.GetValue<string>() ?? "HS256";
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        JsonObject header = new() { ["alg"] = algorithm, ["typ"] = "JWT" };
        foreach ((string name, JsonNode? value) in spec["header"]?.AsObject() ?? [])
        {
            header[name] = value?.DeepClone();
        }

        JsonObject payload = new()
        {
            ["iss"] = spec["iss"]?.DeepClone() ?? HostilePlatform.Issuer,
            ["aud"] = spec["aud"]?.DeepClone() ?? HostilePlatform.Issuer,
            ["sub"] = spec["sub"]?.DeepClone() ?? platform.UserId,
            ["name"] = "corpus-player",
            ["role"] = spec["role"]?.DeepClone() ?? new JsonArray("admin"),
            ["iat"] = now,
            ["nbf"] = now + (spec["nbfIn"]?.GetValue<long>() ?? 0),
            ["exp"] = now + (spec["expIn"]?.GetValue<long>() ?? 3600),
        };
        // A claim the case sets to null is left out.
        foreach ((string name, JsonNode? value) in spec)
        {
            if (value is null && payload.ContainsKey(name))
            {
                payload.Remove(name);
            }
        }

        string unsigned = $"{Encode(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()))}";
        if (algorithm == "none")
        {
            return $"{unsigned}.";
        }

        byte[] key = Encoding.UTF8.GetBytes(spec["key"]?.GetValue<string>() ?? HostilePlatform.SigningKey);
        byte[] signature = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(unsigned));
        switch (spec["signature"]?.GetValue<string>())
        {
            case "tamper":
                signature[0] ^= 0xFF;
                break;
            case "empty":
                return $"{unsigned}.";
        }

        return $"{unsigned}.{Encode(signature)}";
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
