using System.Text.Json;

using GameLibrary.Events;
using GameLibrary.Persistence;
using GameLibrary.Users.Accounts;
using GameLibrary.Users.Catalog;
using GameLibrary.Users.Data;
using GameLibrary.Users.Errors;
using GameLibrary.Users.Library;
using GameLibrary.Users.Paging;
using GameLibrary.Users.Tests.Support;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Users.Tests;

/// <summary>Libraries, ratings and the known games from catalog events; run on PostgreSQL and on the SQLite default.</summary>
public abstract class LibraryTests(DatabaseProvider provider) : IAsyncLifetime
{
    private UsersDomain _domain = null!;
    private User _ada = null!;

    public async Task InitializeAsync()
    {
        _domain = await UsersDomain.StartAsync(provider);
        _ada = await _domain.RegisterAsync("ada");
        await _domain.AnnounceGameAsync(1);
        await _domain.AnnounceGameAsync(2);
    }

    public async Task DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task Unknown_games_cannot_be_added_or_rated()
    {
        Assert.Equal(UsersErrorCodes.NotFound, await TestAccounts.CodeOfAsync(() =>
            _domain.RunAsync<LibraryService>(library => library.AddAsync(_ada.Id, 99, LibraryStatus.Owned, default))));
        Assert.Equal(UsersErrorCodes.NotFound, await TestAccounts.CodeOfAsync(() =>
            _domain.RunAsync<LibraryService>(library => library.RateAsync(_ada.Id, 99, 5, default))));
    }

    [Fact]
    public async Task Add_update_and_remove_publish_LibraryChanged_with_the_status()
    {
        await _domain.RunAsync<LibraryService>(library => library.AddAsync(_ada.Id, 1, LibraryStatus.Wishlist, default));
        await _domain.RunAsync<LibraryService>(library => library.UpdateAsync(_ada.Id, 1, LibraryStatus.Playing, default));
        await _domain.RunAsync<LibraryService>(library => library.RemoveAsync(_ada.Id, 1, default));

        List<string?> statuses = [.. (await _domain.OutboxAsync()).Where(m => m.Type == "LibraryChanged").Select(m =>
        {
            using JsonDocument payload = JsonDocument.Parse(m.Payload);
            Assert.Equal(1, payload.RootElement.GetProperty("gameId").GetInt64());
            Assert.Equal(_ada.Id, payload.RootElement.GetProperty("userId").GetGuid());
            return payload.RootElement.GetProperty("status").GetString();
        })];
        Assert.Equal(["WISHLIST", "PLAYING", null], statuses);
        Assert.Equal(0, await _domain.RunAsync<UsersDbContext, int>(db => db.LibraryEntries.CountAsync()));
    }

    [Fact]
    public async Task Adding_a_game_twice_conflicts_and_changing_a_missing_entry_is_not_found()
    {
        await _domain.RunAsync<LibraryService>(library => library.AddAsync(_ada.Id, 1, LibraryStatus.Owned, default));

        Assert.Equal(UsersErrorCodes.Conflict, await TestAccounts.CodeOfAsync(() =>
            _domain.RunAsync<LibraryService>(library => library.AddAsync(_ada.Id, 1, LibraryStatus.Playing, default))));
        Assert.Equal(UsersErrorCodes.NotFound, await TestAccounts.CodeOfAsync(() =>
            _domain.RunAsync<LibraryService>(library => library.UpdateAsync(_ada.Id, 2, LibraryStatus.Playing, default))));
        Assert.Equal(UsersErrorCodes.NotFound, await TestAccounts.CodeOfAsync(() =>
            _domain.RunAsync<LibraryService>(library => library.RemoveAsync(_ada.Id, 2, default))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-3)]
    public async Task Ratings_outside_1_to_10_are_refused(int rating)
    {
        Assert.Equal(UsersErrorCodes.BadUserInput, await TestAccounts.CodeOfAsync(() =>
            _domain.RunAsync<LibraryService>(library => library.RateAsync(_ada.Id, 1, rating, default))));
        Assert.Empty(await _domain.RunAsync<UsersDbContext, List<GameRating>>(db => db.Ratings.ToListAsync()));
    }

    [Fact]
    public async Task Rating_again_replaces_the_rating_and_summaries_average_per_game()
    {
        User grace = await _domain.RegisterAsync("grace");
        await _domain.RunAsync<LibraryService>(library => library.RateAsync(_ada.Id, 1, 4, default));
        await _domain.RunAsync<LibraryService>(library => library.RateAsync(_ada.Id, 1, 8, default));
        await _domain.RunAsync<LibraryService>(library => library.RateAsync(grace.Id, 1, 5, default));

        IReadOnlyList<RatingSummary> summaries = await _domain.RunAsync<LibraryQueries, IReadOnlyList<RatingSummary>>(queries =>
            queries.GetRatingSummariesAsync([1, 2], default));

        RatingSummary summary = Assert.Single(summaries);
        Assert.Equal(new RatingSummary(1, 2, 6.5), summary);
        Assert.Equal(3, (await _domain.OutboxAsync()).Count(m => m.Type == "GameRated"));
    }

    [Fact]
    public async Task The_library_pages_most_recent_first_and_filters_by_status()
    {
        await _domain.AnnounceGameAsync(3);
        foreach (long gameId in new long[] { 1, 2, 3 })
        {
            await _domain.RunAsync<LibraryService>(library => library.AddAsync(_ada.Id, gameId, gameId == 2 ? LibraryStatus.Dropped : LibraryStatus.Owned, default));
            _domain.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Page<LibraryEntry> first = await _domain.RunAsync<LibraryQueries, Page<LibraryEntry>>(q => q.GetLibraryAsync(_ada.Id, null, 0, 2, default));
        Page<LibraryEntry> second = await _domain.RunAsync<LibraryQueries, Page<LibraryEntry>>(q => q.GetLibraryAsync(_ada.Id, null, 2, 2, default));
        Page<LibraryEntry> owned = await _domain.RunAsync<LibraryQueries, Page<LibraryEntry>>(q => q.GetLibraryAsync(_ada.Id, LibraryStatus.Owned, 0, 10, default));

        Assert.Equal([3L, 2L], first.Items.Select(e => e.GameId));
        Assert.Equal((true, 3), (first.HasNextPage, first.TotalCount));
        Assert.Equal([1L], second.Items.Select(e => e.GameId));
        Assert.False(second.HasNextPage);
        Assert.Equal([3L, 1L], owned.Items.Select(e => e.GameId));
    }

    [Fact]
    public async Task Catalog_events_are_applied_once_and_a_deleted_game_leaves_libraries_and_ratings()
    {
        DomainEvent updated = DomainEvent.Create("catalog", new GameUpdated(1, "renamed", "Renamed"));
        await HandleAsync(updated);
        await HandleAsync(updated);
        await _domain.RunAsync<LibraryService>(library => library.AddAsync(_ada.Id, 1, LibraryStatus.Owned, default));
        await _domain.RunAsync<LibraryService>(library => library.RateAsync(_ada.Id, 1, 9, default));

        Assert.Equal("Renamed", (await _domain.RunAsync<UsersDbContext, KnownGame>(db => db.KnownGames.SingleAsync(g => g.GameId == 1))).Title);

        await HandleAsync(DomainEvent.Create("catalog", new GameDeleted(1)));

        Assert.False(await _domain.RunAsync<UsersDbContext, bool>(db => db.KnownGames.AnyAsync(g => g.GameId == 1)));
        Assert.False(await _domain.RunAsync<UsersDbContext, bool>(db => db.LibraryEntries.AnyAsync()));
        Assert.False(await _domain.RunAsync<UsersDbContext, bool>(db => db.Ratings.AnyAsync()));
        Assert.Equal(UsersErrorCodes.NotFound, await TestAccounts.CodeOfAsync(() =>
            _domain.RunAsync<LibraryService>(library => library.AddAsync(_ada.Id, 1, LibraryStatus.Owned, default))));
    }

    private Task HandleAsync(DomainEvent domainEvent) =>
        _domain.RunAsync<CatalogEventHandler>(handler => handler.HandleAsync(new RecordedEvent(1, domainEvent), default));
}

public sealed class PostgreSqlLibraryTests() : LibraryTests(DatabaseProvider.PostgreSql);

public sealed class SqliteLibraryTests() : LibraryTests(DatabaseProvider.Sqlite);
