using GameLibrary.Catalog.Model;

namespace GameLibrary.Catalog.Queries;

/// <summary>The companies of one game in one role.</summary>
/// <param name="GameId">The game.</param>
/// <param name="Role">Developer or publisher.</param>
public readonly record struct GameCompanyKey(long GameId, CompanyRole Role);
