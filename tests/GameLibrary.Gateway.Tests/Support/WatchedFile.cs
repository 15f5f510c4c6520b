namespace GameLibrary.Gateway.Tests.Support;

/// <summary>
/// Replaces a watched file the way deployments should: written beside it, then renamed over it, so the
/// watcher never reads it half-written (which it would rightly reject, and the tests count rejections).
/// </summary>
public static class WatchedFile
{
    public static void Replace(string path, string content)
    {
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }

    public static void ReplaceWithCopy(string source, string path) => Replace(path, File.ReadAllText(source));
}
