using GameLibrary.Transport.Serialization;

namespace GameLibrary.Transport.Http;

/// <summary>A failure the transport answers itself, before or instead of executing anything.</summary>
/// <param name="StatusCode">The HTTP status code, whatever the response media type.</param>
/// <param name="Code">The <c>extensions.code</c> of the error (see <see cref="GraphQLTransportErrorCodes"/>).</param>
/// <param name="Message">The error message.</param>
internal sealed record TransportError(int StatusCode, string Code, string Message)
{
    public TransportErrorResult ToResult() => new(Code, Message);
}
