namespace GameLibrary.Catalog.Search;

/// <summary>
/// Trigram similarity in the manner of PostgreSQL's pg_trgm, for the SQLite default: words are runs of letters and
/// digits, lower-cased and padded with two spaces before and one after, then cut into three-character pieces.
/// </summary>
internal static class TrigramSimilarity
{
    /// <summary>
    /// How well <paramref name="query"/> matches some run of consecutive words in <paramref name="text"/>, from 0 to 1:
    /// the best Dice coefficient of their trigram sets. Like pg_trgm's word similarity, a short query is not penalised
    /// for the rest of a long title, and a typo costs only the few trigrams it touches.
    /// </summary>
    public static double WordSimilarity(string query, string text)
    {
        string[] queryWords = Words(query);
        string[] textWords = Words(text);
        if (queryWords.Length == 0 || textWords.Length == 0)
        {
            return 0;
        }

        HashSet<string> queryTrigrams = Trigrams(queryWords);
        double best = 0;
        int longestWindow = Math.Min(textWords.Length, queryWords.Length + 1);
        for (int start = 0; start < textWords.Length; start++)
        {
            for (int length = 1; length <= longestWindow && start + length <= textWords.Length; length++)
            {
                HashSet<string> window = Trigrams(textWords.AsSpan(start, length));
                int common = window.Count(queryTrigrams.Contains);
                best = Math.Max(best, 2.0 * common / (window.Count + queryTrigrams.Count));
            }
        }

        return best;
    }

    private static string[] Words(string text)
    {
        List<string> words = [];
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return [.. words];
    }

    private static HashSet<string> Trigrams(ReadOnlySpan<string> words)
    {
        HashSet<string> trigrams = new(StringComparer.Ordinal);
        foreach (string word in words)
        {
            string padded = $"  {word} ";
            for (int i = 0; i + 3 <= padded.Length; i++)
            {
                trigrams.Add(padded.Substring(i, 3));
            }
        }

        return trigrams;
    }
}
