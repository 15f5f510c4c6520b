using GraphQL;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>
/// A fixture subgraph's SDL or data cannot do what was asked. An <see cref="ExecutionError"/>, so that when it
/// happens while resolving a field the message reaches the response instead of GraphQL.NET's generic text.
/// </summary>
internal sealed class FixtureException : ExecutionError
{
    /// <summary>The <c>extensions.code</c> of fixture problems.</summary>
    public const string ErrorCode = "FIXTURE_PROBLEM";

    public FixtureException(string message)
        : base(message)
    {
        Code = ErrorCode;
    }
}
