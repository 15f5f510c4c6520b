using GameLibrary.Federation;
using GameLibrary.Gateway.Supergraphs;

namespace GameLibrary.Gateway.Cli;

/// <summary>Loads a supergraph for a command, turning a missing or broken file into a message on standard error.</summary>
internal static class CommandLineSupergraph
{
    /// <summary>Exit code of a missing or broken supergraph file, a bad setting, and a request error in <c>plan</c>.</summary>
    public const int Failed = 1;

    /// <summary>Reads and loads the file; null (after writing why to <paramref name="error"/>) when it cannot be served.</summary>
    public static (FederationGateway Gateway, SupergraphFile File)? TryLoad(string path, Func<SupergraphFile, FederationGateway> load, TextWriter error)
    {
        SupergraphFile file;
        try
        {
            file = SupergraphFile.Read(path);
        }
        catch (SupergraphFileException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return null;
        }

        try
        {
            return (load(file), file);
        }
        catch (SupergraphException exception)
        {
            error.WriteLine($"error: the supergraph '{file.Path}' is broken: {exception.Message}");
            return null;
        }
    }
}
