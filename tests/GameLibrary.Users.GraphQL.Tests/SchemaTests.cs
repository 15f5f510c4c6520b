using GameLibrary.Testing;
using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Users.GraphQL.Tests.Support;

namespace GameLibrary.Users.GraphQL.Tests;

/// <summary>schema/users.graphql is what composition reads; it must be the SDL the subgraph serves.</summary>
public sealed class SchemaTests
{
    private const string Regenerate =
        "dotnet run --project subgraphs/users/GameLibrary.Users.Host -- schema export --output schema/users.graphql";

    [Fact]
    public async Task The_checked_in_schema_is_the_exported_SDL()
    {
        await using UsersApi api = await UsersApi.StartAsync(postgres: false);
        using StringWriter output = new();

        Assert.Equal(0, await api.App.RunSubgraphAsync(["schema", "export"], output));

        string file = Repository.PathOf("schema", "users.graphql");
        Assert.True(File.Exists(file), $"{file} is missing. Regenerate it with: {Regenerate}");
        Assert.True(
            string.Equals(await File.ReadAllTextAsync(file), output.ToString(), StringComparison.Ordinal),
            $"schema/users.graphql differs from the users subgraph's SDL. Regenerate it with: {Regenerate}");
    }

    [Fact]
    public async Task FollowingIds_is_inaccessible_in_the_served_SDL()
    {
        await using UsersApi api = await UsersApi.StartAsync(postgres: false);

        GraphQLResponse response = await api.PostAsync("{ _service { sdl } }");

        Assert.Contains("followingIds: [ID!]! @inaccessible", response.Ok["_service"]!["sdl"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
