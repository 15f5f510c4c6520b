using GameLibrary.Catalog.Commands;
using GameLibrary.Catalog.Errors;
using GameLibrary.Catalog.Events;
using GameLibrary.Catalog.Model;
using GameLibrary.Events;
using GameLibrary.Persistence;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Catalog.Tests;

public sealed class GameCommandsTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.PostgreSql, DatabaseProvider.Sqlite];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Each_change_stores_its_event_in_the_outbox_with_a_camel_case_payload(DatabaseProvider provider)
    {
        await using CatalogDatabase database = await CatalogDatabase.CreateAsync(provider);
        GameCommands commands = database.Services.GetRequiredService<GameCommands>();

        Game game = await commands.CreateAsync(new GameDraft { Title = "Celeste", Slug = "celeste", ReleaseDate = new DateOnly(2018, 1, 25) });
        await commands.UpdateAsync(game.Id, new GameChanges { Title = "Celeste (2018)", Slug = "celeste-2018" });
        await commands.DeleteAsync(game.Id);

        await using CatalogDbContext context = await database.ContextAsync();
        List<OutboxMessage> outbox = await context.Set<OutboxMessage>().OrderBy(message => message.Id).ToListAsync();
        Assert.Equal(["GameCreated", "GameUpdated", "GameDeleted"], outbox.Select(message => message.Type));
        Assert.All(outbox, message => Assert.Equal(CatalogEventLog.Name, message.Log));
        Assert.Equal(
            $$"""{"gameId":{{game.Id}},"slug":"celeste","title":"Celeste","genreIds":[],"platformIds":[],"developerIds":[],"publisherIds":[],"releaseYear":2018}""",
            outbox[0].Payload);
        Assert.Equal(
            $$"""{"gameId":{{game.Id}},"slug":"celeste-2018","title":"Celeste (2018)","genreIds":[],"platformIds":[],"developerIds":[],"publisherIds":[],"releaseYear":2018}""",
            outbox[1].Payload);
        Assert.Equal($$"""{"gameId":{{game.Id}}}""", outbox[2].Payload);
        Assert.Equal(0, await context.Games.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_refused_change_stores_neither_the_game_nor_an_event(DatabaseProvider provider)
    {
        await using CatalogDatabase database = await CatalogDatabase.CreateAsync(provider);
        GameCommands commands = database.Services.GetRequiredService<GameCommands>();
        await commands.CreateAsync(new GameDraft { Title = "Celeste", Slug = "celeste", ReleaseDate = new DateOnly(2018, 1, 25) });

        CatalogException taken = await Assert.ThrowsAsync<CatalogException>(() =>
            commands.CreateAsync(new GameDraft { Title = "Other", Slug = "celeste", ReleaseDate = new DateOnly(2018, 1, 25) }));
        CatalogException unknown = await Assert.ThrowsAsync<CatalogException>(() =>
            commands.CreateAsync(new GameDraft { Title = "Other", Slug = "other", ReleaseDate = new DateOnly(2018, 1, 25), GenreIds = [77] }));

        Assert.Equal(CatalogErrorKind.Conflict, taken.Kind);
        Assert.Equal(CatalogErrorKind.InvalidInput, unknown.Kind);
        Assert.Equal("genreIds", Assert.Single(unknown.Errors).Field);
        await using CatalogDbContext context = await database.ContextAsync();
        Assert.Equal(1, await context.Games.CountAsync());
        Assert.Equal(1, await context.Set<OutboxMessage>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Updating_links_keeps_unchanged_ones_and_replaces_the_rest(DatabaseProvider provider)
    {
        await using CatalogDatabase database = await CatalogDatabase.CreateAsync(provider);
        await using (CatalogDbContext seed = await database.ContextAsync())
        {
            seed.Genres.AddRange(new Genre { Name = "A" }, new Genre { Name = "B" }, new Genre { Name = "C" });
            await seed.SaveChangesAsync();
        }

        GameCommands commands = database.Services.GetRequiredService<GameCommands>();
        Game game = await commands.CreateAsync(new GameDraft { Title = "G", Slug = "g", ReleaseDate = new DateOnly(2020, 1, 1), GenreIds = [1, 2] });
        await commands.UpdateAsync(game.Id, new GameChanges { GenreIds = [2, 3, 3] });

        await using CatalogDbContext context = await database.ContextAsync();
        Assert.Equal([2L, 3L], await context.GameGenres.Where(link => link.GameId == game.Id).Select(link => link.GenreId).OrderBy(id => id).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Created_and_updated_events_carry_the_features_after_the_change(DatabaseProvider provider)
    {
        await using CatalogDatabase database = await CatalogDatabase.CreateAsync(provider);
        await using (CatalogDbContext seed = await database.ContextAsync())
        {
            seed.Genres.AddRange(new Genre { Name = "A" }, new Genre { Name = "B" }, new Genre { Name = "C" });
            seed.Platforms.AddRange(new Platform { Name = "PC" }, new Platform { Name = "Switch" });
            seed.Companies.AddRange(new Company { Name = "Dev" }, new Company { Name = "Pub" });
            await seed.SaveChangesAsync();
        }

        GameCommands commands = database.Services.GetRequiredService<GameCommands>();
        Game game = await commands.CreateAsync(new GameDraft
        {
            Title = "Hades",
            Slug = "hades",
            ReleaseDate = new DateOnly(2020, 9, 17),
            GenreIds = [2, 1],
            PlatformIds = [1],
            DeveloperIds = [1],
            PublisherIds = [2],
        });
        await commands.UpdateAsync(game.Id, new GameChanges { GenreIds = [3], PlatformIds = [1, 2], ReleaseDate = new DateOnly(2021, 8, 13) });

        await using CatalogDbContext context = await database.ContextAsync();
        List<OutboxMessage> outbox = await context.Set<OutboxMessage>().OrderBy(message => message.Id).ToListAsync();
        GameCreated created = new DomainEvent(outbox[0].EventId, outbox[0].Log, outbox[0].Type, outbox[0].OccurredAt, outbox[0].Payload).GetPayload<GameCreated>();
        GameUpdated updated = new DomainEvent(outbox[1].EventId, outbox[1].Log, outbox[1].Type, outbox[1].OccurredAt, outbox[1].Payload).GetPayload<GameUpdated>();
        Assert.Equal([1L, 2L], created.GenreIds!);
        Assert.Equal([1L], created.PlatformIds!);
        Assert.Equal([1L], created.DeveloperIds!);
        Assert.Equal([2L], created.PublisherIds!);
        Assert.Equal(2020, created.ReleaseYear);
        Assert.Equal([3L], updated.GenreIds!);
        Assert.Equal([1L, 2L], updated.PlatformIds!);
        Assert.Equal([1L], updated.DeveloperIds!);
        Assert.Equal(2021, updated.ReleaseYear);
    }

    [Fact]
    public void An_event_published_before_the_features_existed_still_reads()
    {
        GameCreated old = DomainEvent.Create("catalog", "GameCreated", new { gameId = 7, slug = "g", title = "G" }).GetPayload<GameCreated>();

        Assert.Equal(new GameCreated(7, "g", "G"), old);
        Assert.Null(old.GenreIds);
    }
}
