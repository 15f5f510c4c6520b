using GameLibrary.Subgraph.Toolkit.Authorization;
using GameLibrary.Subgraph.Toolkit.Execution;
using GameLibrary.Subgraph.Toolkit.Paging;
using GameLibrary.Subgraph.Toolkit.Telemetry;
using GameLibrary.Transport.Execution;

using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GameLibrary.Subgraph.Toolkit.Hosting;

/// <summary>Registers a subgraph's GraphQL.NET schema and serves it through the transport.</summary>
public static class SubgraphSchemaServiceCollectionExtensions
{
    /// <summary>The Apollo Federation version the subgraphs declare in their <c>@link</c>.</summary>
    public const string FederationVersion = "2.3";

    /// <summary>
    /// Registers <typeparamref name="TSchema"/> with every graph type of its assembly, Apollo Federation
    /// <see cref="FederationVersion"/> (<c>_service</c>, <c>_entities</c>, <c>@key</c>, …), the depth, node and complexity
    /// limits of the <c>GraphQL</c> section (<see cref="SubgraphGraphQLOptions"/>), field authorization, and the
    /// <see cref="IGraphQLExecutor"/> the transport runs requests with. Exception details reach clients only when <c>GraphQL:ExposeExceptionDetails</c> is true.
    /// </summary>
    /// <typeparam name="TSchema">The subgraph's schema.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configure">Further GraphQL.NET configuration (more graph types, validation rules, …).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddSubgraphSchema<TSchema>(this IServiceCollection services, Action<IGraphQLBuilder>? configure = null)
        where TSchema : Schema
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<SubgraphGraphQLOptions>()
            .BindConfiguration(SubgraphGraphQLOptions.SectionName)
            .Validate(
                options => options is { MaxDepth: > 0, MaxNodes: > 0, MaxExpandedNodes: > 0, MaxComplexity: > 0, SubscriptionBufferSize: > 0 },
                "GraphQL:MaxDepth, GraphQL:MaxNodes, GraphQL:MaxExpandedNodes, GraphQL:MaxComplexity and GraphQL:SubscriptionBufferSize must be positive.")
            .ValidateOnStart();

        services.AddGraphQL(graphql =>
        {
            graphql
                .AddSchema<TSchema>()
                .AddGraphTypes(typeof(TSchema).Assembly)
                .AddGraphTypes(typeof(PageInfoType).Assembly)
                .AddSystemTextJson()
                .AddFederation(FederationVersion)
                .AddComplexityAnalyzer(ComplexityLimits.Configure)
                .AddValidationRule(
                    _ => new DocumentShapeValidationRule(),
                    useForCachedDocuments: false,
                    serviceLifetime: GraphQL.DI.ServiceLifetime.Singleton)
                .AddErrorInfoProvider((errors, provider) =>
                {
                    // The code is the contract; the list of exception-derived codes only leaks implementation names.
                    errors.ExposeCodes = false;
                    errors.ExposeExceptionDetails = provider.GetRequiredService<IOptions<SubgraphGraphQLOptions>>().Value.ExposeExceptionDetails;
                })
                .AddSchemaVisitor<FieldAuthorizationVisitor>();
            configure?.Invoke(graphql);
        });

        // After AddGraphQL, so that it replaces GraphQL.NET's validator (the last registration wins).
        services.AddSingleton<IDocumentValidator, NodeLimitedDocumentValidator>();
        services.TryAddSingleton(provider => new GraphQLNetSerializer(provider.GetRequiredService<IErrorInfoProvider>()));
        services.TryAddSingleton<GraphQLOperationMetrics>();
        services.TryAddSingleton<IGraphQLExecutor, GraphQLNetExecutor>();
        return services;
    }
}
