namespace GameLibrary.AppHost.Seeding;

/// <summary>A GraphQL response carried errors; the first one's message, <c>extensions.code</c> and <c>extensions.field</c>.</summary>
/// <param name="code">The error's <c>extensions.code</c>, if any.</param>
/// <param name="message">The error's message.</param>
/// <param name="field">The error's <c>extensions.field</c> (the input field it is about), if any.</param>
internal sealed class GraphQLException(string? code, string message, string? field = null) : Exception(message)
{
    /// <summary>The error's <c>extensions.code</c>, e.g. <c>NOT_FOUND</c>.</summary>
    public string? Code { get; } = code;

    /// <summary>The input field a <c>BAD_USER_INPUT</c> error is about, e.g. <c>gameId</c>.</summary>
    public string? Field { get; } = field;
}
