namespace GameLibrary.AppHost.Seeding;

/// <summary>A GraphQL response carried errors; the first one's message and <c>extensions.code</c>.</summary>
/// <param name="code">The error's <c>extensions.code</c>, if any.</param>
/// <param name="message">The error's message.</param>
internal sealed class GraphQLException(string? code, string message) : Exception(message)
{
    /// <summary>The error's <c>extensions.code</c>, e.g. <c>NOT_FOUND</c>.</summary>
    public string? Code { get; } = code;
}
