using System.Security.Cryptography;
using System.Text;

namespace GameLibrary.Gateway.Supergraphs;

/// <summary>The content of a supergraph file as read at one moment, with a hash to tell real changes from touches.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Text">The SDL (UTF-8, byte order mark removed).</param>
/// <param name="Sha256">The hex SHA-256 of the file's bytes.</param>
/// <param name="Length">The file's size in bytes.</param>
internal sealed record SupergraphFile(string Path, string Text, string Sha256, long Length)
{
    /// <summary>Reads the file; throws <see cref="SupergraphFileException"/> with a message naming the file when it cannot be read.</summary>
    public static SupergraphFile Read(string path)
    {
        string fullPath = System.IO.Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SupergraphFileException($"The supergraph file '{fullPath}' does not exist.", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SupergraphFileException($"The supergraph file '{fullPath}' cannot be read: {exception.Message}", exception);
        }

        ReadOnlySpan<byte> content = bytes.AsSpan();
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        return new SupergraphFile(fullPath, Encoding.UTF8.GetString(content), Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength);
    }
}
