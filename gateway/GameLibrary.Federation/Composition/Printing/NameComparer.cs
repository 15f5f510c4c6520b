namespace GameLibrary.Federation.Composition.Printing;

/// <summary>
/// Orders GraphQL names like JavaScript's <c>localeCompare</c> (ICU root collation), which Apollo uses to sort
/// supergraph definitions: letters case-insensitively after <c>_</c> and digits, lower case before upper case on ties.
/// </summary>
internal sealed class NameComparer : IComparer<string>
{
    public static readonly NameComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var primary = Primary(x[i]).CompareTo(Primary(y[i]));
            if (primary != 0)
            {
                return primary;
            }
        }

        if (x.Length != y.Length)
        {
            return x.Length.CompareTo(y.Length);
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i])
            {
                // Same letter in another case: lower case first.
                return char.IsLower(x[i]) ? -1 : 1;
            }
        }

        return 0;
    }

    private static int Primary(char c) => c switch
    {
        '_' => 0,
        >= '0' and <= '9' => 1 + (c - '0'),
        >= 'a' and <= 'z' => 20 + (c - 'a'),
        >= 'A' and <= 'Z' => 20 + (c - 'A'),
        _ => 100 + c,
    };
}
