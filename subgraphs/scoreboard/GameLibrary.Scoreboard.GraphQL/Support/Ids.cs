using System.Globalization;

namespace GameLibrary.Scoreboard.GraphQL.Support;

/// <summary>Reads <c>ID</c> values: user, score and competition ids are UUIDs, game ids the catalog's positive integers.</summary>
internal static class Ids
{
    public static long GameId(string? value, string field) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long id) && id > 0
            ? id
            : throw ScoreboardErrors.BadInput(field, $"'{value}' is not a game id: game ids are positive integers.");

    public static Guid Uuid(string? value, string field) =>
        Guid.TryParse(value, out Guid id)
            ? id
            : throw ScoreboardErrors.BadInput(field, $"'{value}' is not an id of this kind: such ids are UUIDs.");

    public static string Format(Guid id) => id.ToString();

    public static string Format(long id) => id.ToString(CultureInfo.InvariantCulture);
}
