namespace GameLibrary.Transport.Execution;

/// <summary>The outcome of executing a request: one result, or a stream of results for a subscription.</summary>
public abstract class GraphQLExecution
{
    private GraphQLExecution()
    {
    }

    /// <summary>Wraps a single result (queries, mutations, and request errors of any operation).</summary>
    public static GraphQLExecution Single(IGraphQLResult result) => new SingleResult(result);

    /// <summary>Wraps the event stream of a subscription.</summary>
    public static GraphQLExecution Stream(IAsyncEnumerable<IGraphQLResult> events) => new ResultStream(events);

    /// <summary>A single result.</summary>
    public sealed class SingleResult(IGraphQLResult result) : GraphQLExecution
    {
        /// <summary>The result.</summary>
        public IGraphQLResult Result { get; } = result;
    }

    /// <summary>A subscription's events; disposing the enumerator ends the subscription.</summary>
    public sealed class ResultStream(IAsyncEnumerable<IGraphQLResult> events) : GraphQLExecution
    {
        /// <summary>The events, in order.</summary>
        public IAsyncEnumerable<IGraphQLResult> Events { get; } = events;
    }
}
