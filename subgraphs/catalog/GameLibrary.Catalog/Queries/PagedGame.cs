using GameLibrary.Catalog.Model;

namespace GameLibrary.Catalog.Queries;

/// <summary>A game on a page, with the cursor that continues after it.</summary>
/// <param name="Game">The game.</param>
/// <param name="Cursor">Opaque; pass as <c>after</c> to get the games that follow.</param>
public sealed record PagedGame(Game Game, string Cursor);
