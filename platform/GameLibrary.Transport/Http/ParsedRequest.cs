using System.Buffers;
using System.Text.Json;

using GameLibrary.Transport.Execution;

namespace GameLibrary.Transport.Http;

/// <summary>
/// A request read from HTTP together with what its JSON elements live in (a pooled body buffer and
/// the documents parsed from it); disposed once the response is complete.
/// </summary>
internal sealed class ParsedRequest(GraphQLRequest request, byte[]? pooledBuffer, params JsonDocument[] documents)
    : IDisposable
{
    private byte[]? _pooledBuffer = pooledBuffer;

    public GraphQLRequest Request { get; } = request;

    public void Dispose()
    {
        foreach (JsonDocument document in documents)
        {
            document.Dispose();
        }

        if (_pooledBuffer is { } buffer)
        {
            _pooledBuffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
