namespace GameLibrary.Gateway.Ide;

/// <summary>Whether the gateway serves the Banana Cake Pop IDE (<c>Gateway:Ide</c>).</summary>
internal sealed class IdeOptions
{
    public const string SectionName = "Gateway:Ide";

    /// <summary>
    /// Serve the IDE at the GraphQL path to browsers (default true). Off, <c>/graphql</c> answers browsers as
    /// any other client and the IDE's files are not served.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
