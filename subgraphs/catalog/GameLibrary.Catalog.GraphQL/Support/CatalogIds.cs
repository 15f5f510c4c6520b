using System.Globalization;

using GraphQL;

namespace GameLibrary.Catalog.GraphQL.Support;

/// <summary>Reads <c>ID</c> values, which are positive integers written as strings ("42").</summary>
internal static class CatalogIds
{
    /// <summary>The id, or a <c>BAD_USER_INPUT</c> error naming <paramref name="field"/>.</summary>
    public static long Parse(object? value, string field)
    {
        string? text = value switch
        {
            string s => s,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => null,
        };
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long id) && id > 0
            ? id
            : throw CatalogErrors.BadInput(field, $"'{text}' is not a valid id: ids are positive integers.");
    }

    /// <summary>The ids of a list, or <see langword="null"/> when the list is absent.</summary>
    public static IReadOnlyList<long>? ParseList(object? value, string field) =>
        value is IEnumerable<object?> items ? [.. items.Select(item => Parse(item, field))] : null;

    /// <summary>The argument <paramref name="name"/> as an id.</summary>
    public static long Argument(IResolveFieldContext context, string name) => Parse(context.GetArgument<object?>(name), name);
}
