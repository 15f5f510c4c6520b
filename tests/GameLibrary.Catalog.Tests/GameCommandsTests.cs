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
        Assert.Equal($$"""{"gameId":{{game.Id}},"slug":"celeste","title":"Celeste"}""", outbox[0].Payload);
        Assert.Equal($$"""{"gameId":{{game.Id}},"slug":"celeste-2018","title":"Celeste (2018)"}""", outbox[1].Payload);
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
}
