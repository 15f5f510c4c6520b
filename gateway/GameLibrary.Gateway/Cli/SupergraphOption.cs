using System.CommandLine;

namespace GameLibrary.Gateway.Cli;

/// <summary>The <c>--supergraph &lt;file&gt;</c> option every command shares.</summary>
internal static class SupergraphOption
{
    public static Option<FileInfo> Create(string description, bool required) => new("--supergraph")
    {
        Description = description,
        Required = required,
        HelpName = "file",
    };
}
