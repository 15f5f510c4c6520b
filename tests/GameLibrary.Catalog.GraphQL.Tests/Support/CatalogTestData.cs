using GameLibrary.Catalog.Model;

namespace GameLibrary.Catalog.GraphQL.Tests.Support;

/// <summary>A small, known catalog: three genres, platforms and companies, five famous games.</summary>
public static class CatalogTestData
{
    public static async Task SeedAsync(CatalogDbContext context, int extraGames = 0)
    {
        Genre action = new() { Name = "Action" };
        Genre rpg = new() { Name = "Role-playing" };
        Genre puzzle = new() { Name = "Puzzle" };
        Platform pc = new() { Name = "PC" };
        Platform @switch = new() { Name = "Nintendo Switch" };
        Platform ps5 = new() { Name = "PlayStation 5" };
        Company nintendo = new() { Name = "Nintendo" };
        Company cdpr = new() { Name = "CD Projekt Red" };
        Company valve = new() { Name = "Valve" };
        context.AddRange(action, rpg, puzzle, pc, @switch, ps5, nintendo, cdpr, valve);
        await context.SaveChangesAsync();

        DateTime created = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Game Add(string title, string slug, DateOnly released, Genre[] genres, Platform[] platforms, Company developer, Company publisher)
        {
            created = created.AddMinutes(1);
            Game game = new() { Title = title, Slug = slug, ReleaseDate = released, CreatedAt = created, UpdatedAt = created };
            foreach (Genre genre in genres)
            {
                game.Genres.Add(new GameGenre { GenreId = genre.Id });
            }

            foreach (Platform platform in platforms)
            {
                game.Platforms.Add(new GamePlatform { PlatformId = platform.Id });
            }

            game.Companies.Add(new GameCompany { CompanyId = developer.Id, Role = CompanyRole.Developer });
            game.Companies.Add(new GameCompany { CompanyId = publisher.Id, Role = CompanyRole.Publisher });
            context.Games.Add(game);
            return game;
        }

        Add("The Witcher 3: Wild Hunt", "the-witcher-3", new(2015, 5, 19), [rpg, action], [pc, ps5], cdpr, cdpr);
        Add("Half-Life 2", "half-life-2", new(2004, 11, 16), [action], [pc], valve, valve);
        Add("The Legend of Zelda: Breath of the Wild", "zelda-botw", new(2017, 3, 3), [action, rpg], [@switch], nintendo, nintendo);
        Add("Portal 2", "portal-2", new(2011, 4, 19), [puzzle], [pc], valve, valve);
        Add("Super Mario Odyssey", "super-mario-odyssey", new(2017, 10, 27), [action], [@switch], nintendo, nintendo);
        for (int i = 1; i <= extraGames; i++)
        {
            Add($"Generated Game {i:D4}", $"generated-game-{i}", new DateOnly(2000, 1, 1).AddDays(i), [action, puzzle], [pc, ps5], valve, nintendo);
        }

        await context.SaveChangesAsync();
    }
}
