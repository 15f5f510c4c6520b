namespace GameLibrary.Catalog.Seeding;

/// <summary>The realistic names the generator draws from.</summary>
internal static class SeedNames
{
    public static readonly string[] Genres =
    [
        "Action", "Adventure", "Role-playing", "Strategy", "Simulation", "Sports", "Racing", "Puzzle", "Platformer",
        "Shooter", "Fighting", "Survival", "Horror", "Stealth", "Rhythm", "Sandbox", "Roguelike", "Metroidvania",
        "Visual novel", "Tactics",
    ];

    public static readonly string[] Platforms =
    [
        "PC", "macOS", "Linux", "PlayStation 4", "PlayStation 5", "Xbox One", "Xbox Series X|S", "Nintendo Switch",
        "Nintendo 3DS", "iOS", "Android", "Steam Deck", "PlayStation 3", "Xbox 360", "Wii U",
    ];

    public static readonly string[] Companies =
    [
        "Nintendo", "Sony Interactive Entertainment", "Microsoft Studios", "Valve", "CD Projekt Red", "Ubisoft",
        "Electronic Arts", "Activision", "Blizzard Entertainment", "Bethesda Softworks", "Square Enix", "Capcom",
        "Bandai Namco", "Sega", "Konami", "FromSoftware", "Rockstar Games", "Naughty Dog", "Insomniac Games",
        "Supergiant Games", "Team Cherry", "Larian Studios", "Devolver Digital", "Annapurna Interactive", "Focus Entertainment",
        "Paradox Interactive", "Remedy Entertainment", "Obsidian Entertainment", "id Software", "Respawn Entertainment",
        "Motion Twin", "ConcernedApe", "Mojang Studios", "Epic Games", "Riot Games", "Hello Games", "Klei Entertainment",
        "Bungie", "Guerrilla Games", "Santa Monica Studio",
    ];

    public static readonly string[] Adjectives =
    [
        "Hollow", "Crimson", "Silent", "Eternal", "Forgotten", "Broken", "Shattered", "Hidden", "Last", "Wild", "Iron",
        "Golden", "Dark", "Frozen", "Burning", "Lost", "Ancient", "Electric", "Neon", "Savage", "Quiet", "Endless",
        "Sunken", "Scarlet", "Radiant", "Cursed", "Distant", "Restless", "Gilded", "Shadowed", "Verdant", "Hallowed",
        "Emerald", "Stormy",
    ];

    public static readonly string[] Nouns =
    [
        "Knight", "Kingdom", "Frontier", "Legacy", "Horizon", "Dungeon", "Empire", "Odyssey", "Chronicle", "Legend",
        "Outpost", "Station", "Harbor", "Citadel", "Wasteland", "Garden", "Voyage", "Rebellion", "Crown", "Signal",
        "Machine", "Forest", "Tide", "Skies", "Labyrinth", "Sanctuary", "Archive", "Lantern", "Colony", "Spire",
        "Bastion", "Desert", "Reef", "Engine",
    ];

    public static readonly string[] Subtitles =
    [
        "Rebirth", "Origins", "Reckoning", "Awakening", "Revelations", "Ascension", "Remastered", "Definitive Edition",
        "The Lost Chapters", "Dawn of War", "Shadows of the Past", "Into the Deep", "Homecoming", "Last Light", "Exodus",
        "The Long Night", "Requiem", "First Contact", "Uprising", "Echoes", "Aftermath", "Beyond the Veil", "Dead Reckoning",
        "Heart of Ash", "The Final Winter", "Sins of the Father", "Northern Lights", "The Second Sun", "Broken Oaths", "Wayfarer",
    ];
}
