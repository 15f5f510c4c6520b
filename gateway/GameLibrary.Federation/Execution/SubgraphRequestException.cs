namespace GameLibrary.Federation.Execution;

/// <summary>A subgraph request failed without a GraphQL response (connection, status, body, timeout).</summary>
internal sealed class SubgraphRequestException : Exception
{
    public SubgraphRequestException(string subgraph, string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Subgraph = subgraph;
        Code = code;
    }

    /// <summary>The subgraph name.</summary>
    public string Subgraph { get; }

    /// <summary><see cref="ErrorCodes.SubrequestHttpError"/> or <see cref="ErrorCodes.SubrequestTimeout"/>.</summary>
    public string Code { get; }
}
