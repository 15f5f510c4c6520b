using GameLibrary.Recommendations.GraphQL.Support;
using GameLibrary.Recommendations.GraphQL.Types;
using GameLibrary.Recommendations.Serving;

using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Recommendations.GraphQL;

/// <summary>The recommendations subgraph's queries.</summary>
public sealed class RecommendationsQuery : ObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public RecommendationsQuery()
    {
        Name = "Query";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendationType>>>>("trendingGames")
            .Description(
                "The games rising most in activity (ratings, library additions, plays) over the window against the window before it, " +
                $"best first. 'first' is at most {RecommendationLimits.MaxFirst}.")
            .Argument<TrendWindowType>("window", argument => argument.DefaultValue = TrendWindow.Week)
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = RecommendationLimits.DefaultFirst)
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<RecommendationService>()
                .TrendingAsync(context.GetArgument("window", TrendWindow.Week), First.Read(context), context.CancellationToken)
                .ConfigureAwait(false));
    }
}
