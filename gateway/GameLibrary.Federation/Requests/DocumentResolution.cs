namespace GameLibrary.Federation.Requests;

/// <summary>The document text a request runs, or why it runs none.</summary>
/// <param name="Query">The text to prepare; null when refused.</param>
/// <param name="RegisterAs">The verified hash to register the text under once it prepares (APQ); null for none.</param>
/// <param name="Refusal">The error refusing the request; null when it runs.</param>
/// <param name="RefusalKind">The result kind of the refusal (a miss is not a request error to Apollo's clients).</param>
internal sealed record DocumentResolution(
    string? Query,
    string? RegisterAs = null,
    GatewayError? Refusal = null,
    GatewayResultKind RefusalKind = GatewayResultKind.RequestError)
{
    public static DocumentResolution Refused(string message, string code, GatewayResultKind kind = GatewayResultKind.RequestError) =>
        new(null, null, GatewayError.WithCode(message, code), kind);
}
