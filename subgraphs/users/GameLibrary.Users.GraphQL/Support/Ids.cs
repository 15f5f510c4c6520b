using System.Globalization;

using GraphQL;

namespace GameLibrary.Users.GraphQL.Support;

/// <summary>Reads the <c>ID</c> arguments: user ids are UUIDs, game ids are the catalog's positive integers.</summary>
internal static class Ids
{
    public static Guid UserId(IResolveFieldContext context, string argument)
    {
        string value = context.GetArgument<string>(argument);
        return Guid.TryParse(value, out Guid id)
            ? id
            : throw DomainErrors.BadUserInput($"'{value}' is not a user id: user ids are UUIDs.");
    }

    public static long GameId(IResolveFieldContext context, string argument)
    {
        string value = context.GetArgument<string>(argument);
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long id) && id > 0
            ? id
            : throw DomainErrors.BadUserInput($"'{value}' is not a game id: game ids are positive integers.");
    }

    public static string Format(Guid id) => id.ToString();

    public static string Format(long id) => id.ToString(CultureInfo.InvariantCulture);
}
