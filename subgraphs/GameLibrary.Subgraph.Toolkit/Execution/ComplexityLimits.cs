using GraphQL.Validation.Complexity;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>Applies <see cref="SubgraphGraphQLOptions"/> to GraphQL.NET's complexity analyzer.</summary>
internal static class ComplexityLimits
{
    public static void Configure(ComplexityOptions complexity, IServiceProvider services)
    {
        SubgraphGraphQLOptions options = services.GetRequiredService<IOptions<SubgraphGraphQLOptions>>().Value;
        complexity.MaxDepth = options.MaxDepth;
        complexity.MaxComplexity = options.MaxComplexity;
        complexity.ValidateComplexityDelegate = AssignCode;
    }

    // GraphQL.NET reports both limits with one error type; clients need to know which one they hit.
    private static Task AssignCode(ComplexityValidationContext context)
    {
        if (context.Error is { } error)
        {
            error.Code = context.MaxDepth > context.Configuration.MaxDepth
                ? SubgraphErrorCodes.MaxDepthExceeded
                : SubgraphErrorCodes.MaxComplexityExceeded;
        }

        return Task.CompletedTask;
    }
}
