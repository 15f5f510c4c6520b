namespace GameLibrary.Gateway.Composition;

/// <summary>A subgraph's SDL cannot be had (unreachable, a bad answer, a missing file) or a manifest is malformed; the message names it.</summary>
internal sealed class SubgraphSourceException : Exception
{
    public SubgraphSourceException(string message)
        : base(message)
    {
    }

    public SubgraphSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
