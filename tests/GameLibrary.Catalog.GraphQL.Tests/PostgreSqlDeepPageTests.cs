using System.Text.Json.Nodes;

using GameLibrary.Catalog.GraphQL.Tests.Support;
using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;
using GameLibrary.Persistence;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Npgsql;

namespace GameLibrary.Catalog.GraphQL.Tests;

/// <summary>
/// A deep page on PostgreSQL is a keyset seek: no OFFSET, and the plan starts the (Title, Id) index scan at the
/// cursor's position (the whole row comparison is the index condition) and reads only the page.
/// </summary>
public sealed class PostgreSqlDeepPageTests
{
    private const int ExtraGames = 3_000;
    private const int Depth = 2_500;

    [Fact]
    public async Task A_deep_page_seeks_the_title_index_at_the_cursor_and_reads_only_the_page()
    {
        await using CatalogTestHost host = await CatalogTestHost.StartAsync(DatabaseProvider.PostgreSql, ExtraGames);
        CatalogDbContext context = await host.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        await using (context)
        {
            List<Game> ordered = await context.Games.OrderBy(g => g.Title).ThenBy(g => g.Id).Skip(Depth).Take(2).ToListAsync();
            string cursor = GameCursor.Encode(ordered[0], GameOrder.Default);

            // Planner statistics as autovacuum would leave them, so the plan is the one a real catalog gets.
            await context.Database.ExecuteSqlRawAsync("ANALYZE \"Games\"");

            host.Commands.Reset();
            JsonNode data = (await host.PostAsync(
                "query($after: String) { games(first: 100, after: $after) { edges { node { slug } } } }",
                new { after = cursor })).EnsureNoErrors().Data!;
            JsonArray edges = data["games"]!["edges"]!.AsArray();
            Assert.Equal(100, edges.Count);
            Assert.Equal(ordered[1].Slug, edges[0]!["node"]!["slug"]!.GetValue<string>());

            RecordedCommand page = Assert.Single(host.Commands.Recorded, command => command.Text.Contains("FROM \"Games\"", StringComparison.Ordinal));
            Assert.DoesNotContain("OFFSET", page.Text, StringComparison.OrdinalIgnoreCase);

            JsonNode plan = (await ExplainAnalyzeAsync(context.Database.GetConnectionString()!, page))[0]!["Plan"]!;
            JsonNode scan = Assert.Single(Nodes(plan), node => node["Node Type"]!.GetValue<string>() == "Index Scan");
            Assert.DoesNotContain(Nodes(plan), node => node["Node Type"]!.GetValue<string>() is "Sort" or "Incremental Sort");
            Assert.Equal("IX_Games_Title_Id", scan["Index Name"]!.GetValue<string>());
            string condition = scan["Index Cond"]!.GetValue<string>();
            Assert.Contains("\"Title\"", condition, StringComparison.Ordinal);
            Assert.Contains("\"Id\"", condition, StringComparison.Ordinal);

            // Nothing is read and thrown away: the scan returns the page plus the one row telling that more follow.
            Assert.Null(scan["Filter"]);
            Assert.Equal(101, scan["Actual Rows"]!.GetValue<int>());
        }
    }

    private static async Task<JsonArray> ExplainAnalyzeAsync(string connectionString, RecordedCommand command)
    {
        await using NpgsqlConnection connection = new(connectionString);
        await connection.OpenAsync();
        await using NpgsqlCommand explain = new("EXPLAIN (ANALYZE, FORMAT JSON) " + command.Text, connection);
        foreach ((string name, object? value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return JsonNode.Parse((string)(await explain.ExecuteScalarAsync())!)!.AsArray();
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode plan) =>
        [plan, .. (plan["Plans"]?.AsArray() ?? []).SelectMany(child => Nodes(child!))];
}
