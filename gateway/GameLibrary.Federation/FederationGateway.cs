namespace GameLibrary.Federation;

/// <summary>
/// A loaded supergraph, ready to run operations: prepares (parse, validate, coerce), plans (cached by
/// document and operation), executes against the subgraphs and writes the response. Thread-safe;
/// one instance per supergraph version.
/// </summary>
public sealed class FederationGateway : IDisposable
{
    private FederationGateway()
    {
    }

    /// <summary>Loads a supergraph SDL. Throws <see cref="SupergraphException"/> naming the problem when it is broken.</summary>
    public static FederationGateway Load(string supergraphSdl, FederationGatewayOptions? options = null) =>
        throw new NotImplementedException("wired in once the engine parts land");

    /// <summary>The API schema (what clients see) as SDL.</summary>
    public string ApiSchemaSdl => throw new NotImplementedException();

    /// <summary>Runs one operation. Request errors come back as results, never as exceptions.</summary>
    public ValueTask<GatewayResult> ExecuteAsync(GatewayRequest request, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>The query plan of an operation, printed in Apollo's plan notation. Throws on a request error.</summary>
    public string DescribePlan(string query, string? operationName = null) => throw new NotImplementedException();

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
