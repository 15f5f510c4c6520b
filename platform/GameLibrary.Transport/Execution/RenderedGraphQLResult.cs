using System.Text.Json;

using GameLibrary.Transport.ServerSentEvents;

namespace GameLibrary.Transport.Execution;

/// <summary>
/// A result already rendered to JSON, meant to be written to many clients (one event of a subscription that many
/// clients share). The transports write its bytes as they are and frame it at most once: every SSE client gets the
/// same <c>event: next</c> bytes, and a graphql-transport-ws <c>next</c> message is the operation's own prefix, these
/// bytes and a closing brace — byte for byte what serialising it per client would give, without the serialising.
/// Share one instance between the clients of an event; it is immutable and thread-safe.
/// </summary>
public sealed class RenderedGraphQLResult : IGraphQLResult
{
    private byte[]? _serverSentEvent;

    /// <param name="kind">How the result came about.</param>
    /// <param name="json">The response object (<c>{"data":…}</c>), compact (no line breaks needed), not copied: keep it unchanged.</param>
    public RenderedGraphQLResult(GraphQLResultKind kind, ReadOnlyMemory<byte> json)
    {
        Kind = kind;
        Json = json;
    }

    /// <inheritdoc />
    public GraphQLResultKind Kind { get; }

    /// <summary>The response object's JSON.</summary>
    public ReadOnlyMemory<byte> Json { get; }

    /// <inheritdoc />
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(Json.Span, skipInputValidation: true);
    }

    /// <summary>The whole SSE <c>next</c> event, made by the first stream that writes it (a race makes equal copies).</summary>
    internal ReadOnlyMemory<byte> ServerSentEvent =>
        Volatile.Read(ref _serverSentEvent) ?? Interlocked.CompareExchange(ref _serverSentEvent, ServerSentEventFrame.Next(Json.Span), null) ?? _serverSentEvent!;
}
