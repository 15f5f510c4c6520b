using GameLibrary.Recommendations.Serving;
using GameLibrary.Subgraph.Toolkit.Execution;

using GraphQL;

namespace GameLibrary.Recommendations.GraphQL.Support;

/// <summary>Reads the <c>first</c> argument every recommendation list takes; out of range is refused, not clamped.</summary>
internal static class First
{
    public static int Read(IResolveFieldContext context)
    {
        int first = context.GetArgument("first", RecommendationLimits.DefaultFirst);
        return RecommendationLimits.IsValid(first)
            ? first
            : throw new ExecutionError($"'first' is between 0 and {RecommendationLimits.MaxFirst}, not {first}.") { Code = SubgraphErrorCodes.BadUserInput };
    }
}
