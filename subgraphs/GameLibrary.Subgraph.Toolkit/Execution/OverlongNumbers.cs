using System.Text.Json;

namespace GameLibrary.Subgraph.Toolkit.Execution;

/// <summary>
/// Finds numbers in request variables too long to be any scalar's value. GraphQL.NET reads an integer too large for
/// a long as a BigInteger, and parsing one of 100,000 digits takes seconds (the work grows with the square of the
/// length): found by the bad-input corpus (#15). No GraphQL scalar needs more than a few dozen characters.
/// </summary>
internal static class OverlongNumbers
{
    /// <summary>The longest number text accepted (digits, sign, fraction and exponent).</summary>
    public const int MaxLength = 100;

    /// <summary>Whether <paramref name="element"/> holds, at any depth, a number longer than <see cref="MaxLength"/>.</summary>
    public static bool Occur(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetRawText().Length > MaxLength,
        JsonValueKind.Object => element.EnumerateObject().Any(property => Occur(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(Occur),
        _ => false,
    };
}
