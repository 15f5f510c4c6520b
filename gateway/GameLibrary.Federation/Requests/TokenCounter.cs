using System.Buffers;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// Counts the lexical tokens of a document cheaply, before it is parsed, so an oversized document is
/// rejected without building its AST. Approximate where exactness does not matter (a malformed number
/// counts as one token; the parser reports syntax errors later), exact for well-formed documents:
/// punctuators, names, numbers and strings count one each; whitespace, commas and comments none.
/// </summary>
internal static class TokenCounter
{
    private static readonly SearchValues<char> StringEnds = SearchValues.Create("\"\\\n\r");
    private static readonly SearchValues<char> WordChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+.");

    /// <summary>Counts tokens, stopping once the count exceeds <paramref name="limit"/>.</summary>
    public static int Count(ReadOnlySpan<char> source, int limit)
    {
        var count = 0;
        var i = 0;
        while (i < source.Length && count <= limit)
        {
            var c = source[i];
            switch (c)
            {
                case ' ' or '\t' or '\n' or '\r' or ',' or '\uFEFF':
                    i++;
                    continue;
                case '#':
                    var lineEnd = source[i..].IndexOfAny('\n', '\r');
                    i = lineEnd < 0 ? source.Length : i + lineEnd;
                    continue;
                case '"':
                    i = SkipString(source, i);
                    break;
                case '.' when source[i..].StartsWith("..."):
                    i += 3;
                    break;
                default:
                    if (WordChars.Contains(c))
                    {
                        var end = source[i..].IndexOfAnyExcept(WordChars);
                        i = end < 0 ? source.Length : i + end;
                    }
                    else
                    {
                        i++;
                    }

                    break;
            }

            count++;
        }

        return count;
    }

    /// <summary>The index after a string or block string starting at <paramref name="start"/> (or the end when unterminated).</summary>
    private static int SkipString(ReadOnlySpan<char> source, int start)
    {
        if (source[start..].StartsWith("\"\"\""))
        {
            var i = start + 3;
            while (i < source.Length)
            {
                var close = source[i..].IndexOf("\"\"\"");
                if (close < 0)
                {
                    return source.Length;
                }

                i += close;
                if (source[i - 1] != '\\')
                {
                    return i + 3;
                }

                i += 3;
            }

            return source.Length;
        }

        var position = start + 1;
        while (position < source.Length)
        {
            var next = source[position..].IndexOfAny(StringEnds);
            if (next < 0)
            {
                return source.Length;
            }

            position += next;
            switch (source[position])
            {
                case '"':
                    return position + 1;
                case '\\':
                    position += 2;
                    break;
                default:
                    // A line break ends an unterminated string; the parser reports it.
                    return position;
            }
        }

        return source.Length;
    }
}
