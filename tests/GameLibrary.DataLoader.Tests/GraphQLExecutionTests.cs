using GameLibrary.DataLoader.Tests.Library;

using GraphQL;
using GraphQL.Execution;

using GraphQLParser.AST;

using Microsoft.Extensions.DependencyInjection;

using Snapshooter.Xunit;

namespace GameLibrary.DataLoader.Tests;

/// <summary>Runs the loaders inside GraphQL.NET's own execution, under its parallel (default) and serial strategies.</summary>
public sealed class GraphQLExecutionTests
{
    private const string Parallel = "parallel";
    private const string Serial = "serial";

    [Theory]
    [InlineData(Parallel)]
    [InlineData(Serial)]
    public async Task The_authors_of_fifty_books_are_fetched_in_one_call(string strategy)
    {
        using ServiceProvider services = CreateServices(strategy);

        string json = await ExecuteAsync(services, "{ books { title author { name } } }");

        (string loader, int[] keys) = Assert.Single(services.GetRequiredService<FetchLog>().Calls);
        Assert.Equal(nameof(AuthorByIdLoader), loader);
        Assert.Equal([8, 5, 2, 9, 6, 3, 10, 7, 4, 1], keys);
        Snapshot.Match(json, $"{nameof(GraphQLExecutionTests)}.{nameof(The_authors_of_fifty_books_are_fetched_in_one_call)}");
    }

    [Theory]
    [InlineData(Parallel)]
    [InlineData(Serial)]
    public async Task The_books_of_every_author_are_fetched_in_one_call(string strategy)
    {
        using ServiceProvider services = CreateServices(strategy);

        string json = await ExecuteAsync(services, "{ authors { name books { title } } }");

        (string loader, int[] keys) = Assert.Single(services.GetRequiredService<FetchLog>().Calls);
        Assert.Equal(nameof(BooksByAuthorLoader), loader);
        Assert.Equal(Enumerable.Range(1, 11), keys);
        Snapshot.Match(json, $"{nameof(GraphQLExecutionTests)}.{nameof(The_books_of_every_author_are_fetched_in_one_call)}");
    }

    [Fact]
    public async Task Each_request_has_its_own_loader_and_cache()
    {
        using ServiceProvider services = CreateServices(Parallel);

        await ExecuteAsync(services, "{ books { author { name } } }");
        await ExecuteAsync(services, "{ books { author { name } } }");

        Assert.Equal(2, services.GetRequiredService<FetchLog>().Calls.Count);
    }

    private static ServiceProvider CreateServices(string strategy)
    {
        ServiceCollection services = new();
        services.AddSingleton<FetchLog>().AddDataLoader<AuthorByIdLoader>().AddDataLoader<BooksByAuthorLoader>();
        services.AddGraphQL(builder =>
        {
            builder.AddSchema<LibrarySchema>()
                .AddGraphTypes(typeof(LibrarySchema).Assembly)
                .AddSystemTextJson(static options => options.WriteIndented = true);
            if (strategy == Serial)
            {
                builder.AddExecutionStrategy(SerialExecutionStrategy.Instance, OperationType.Query);
            }
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task<string> ExecuteAsync(ServiceProvider services, string query)
    {
        await using AsyncServiceScope request = services.CreateAsyncScope();
        ExecutionResult result = await services.GetRequiredService<IDocumentExecuter<LibrarySchema>>().ExecuteAsync(options =>
        {
            options.Query = query;
            options.RequestServices = request.ServiceProvider;
        });

        Assert.Null(result.Errors);
        return services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
    }
}
