namespace GameLibrary.Federation.Requests;

/// <summary>Turns character offsets of a document into 1-based line/column locations (line index built on first use).</summary>
internal sealed class SourceLocations
{
    private readonly string _source;
    private int[]? _lineStarts;

    public SourceLocations(string source) => _source = source;

    /// <summary>The location of a character offset.</summary>
    public GatewayErrorLocation At(int offset)
    {
        var lineStarts = _lineStarts ??= IndexLines(_source);
        var line = Array.BinarySearch(lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new GatewayErrorLocation(line + 1, offset - lineStarts[line] + 1);
    }

    private static int[] IndexLines(string source)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\n' || (c == '\r' && (i + 1 == source.Length || source[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
