namespace GameLibrary.Gateway.Supergraphs;

/// <summary>What polling compares: a file's existence, size and modification time (one cheap stat, no read).</summary>
internal readonly record struct SupergraphFileStamp(bool Exists, long Length, DateTime LastWriteTimeUtc)
{
    public static SupergraphFileStamp Of(string path)
    {
        // FileInfo follows symbolic links, so a swapped ConfigMap link shows up as a change.
        FileInfo file = new(path);
        return file.Exists ? new(true, file.Length, file.LastWriteTimeUtc) : default;
    }
}
