using GameLibrary.Federation.Execution;

namespace GameLibrary.Federation.Tests.Execution;

/// <summary>What executor and client tests forward to subgraphs when headers play no part.</summary>
internal static class Forwarded
{
    /// <summary>No propagated headers and no trace context.</summary>
    public static ForwardedHeaders Nothing => new(new Dictionary<string, string>(), default);
}
