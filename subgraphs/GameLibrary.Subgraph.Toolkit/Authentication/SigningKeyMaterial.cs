using System.Text;

namespace GameLibrary.Subgraph.Toolkit.Authentication;

/// <summary>Turns a configured signing key into key bytes, the same way on every subgraph.</summary>
internal static class SigningKeyMaterial
{
    /// <summary>HMAC-SHA256 wants a key at least as long as its 256-bit output.</summary>
    public const int MinimumBytes = 32;

    /// <summary>Decodes base64 of at least 32 bytes, or else takes text of at least 32 characters as UTF-8.</summary>
    public static bool TryDecode(string value, out byte[] key)
    {
        byte[] buffer = new byte[value.Length];
        if (Convert.TryFromBase64String(value, buffer, out int written) && written >= MinimumBytes)
        {
            key = buffer[..written];
            return true;
        }

        key = Encoding.UTF8.GetBytes(value);
        return value.Length >= MinimumBytes;
    }
}
