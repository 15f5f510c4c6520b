namespace GameLibrary.Gateway.Cli;

/// <summary>Reads the operation text of <c>plan</c>: <c>--query</c> as given, or the content of <c>--file</c>.</summary>
internal static class QuerySource
{
    /// <summary>The document text, or null (after writing why to <paramref name="error"/>) when the file cannot be read.</summary>
    public static string? Read(string? query, FileInfo? file, TextWriter error)
    {
        if (query is not null)
        {
            return query;
        }

        try
        {
            return File.ReadAllText(file!.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(exception is FileNotFoundException or DirectoryNotFoundException
                ? $"error: the operation file '{file!.FullName}' does not exist."
                : $"error: the operation file '{file!.FullName}' cannot be read: {exception.Message}");
            return null;
        }
    }
}
