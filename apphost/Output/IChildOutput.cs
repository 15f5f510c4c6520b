namespace GameLibrary.AppHost.Output;

/// <summary>Where the children's output and the launcher's own messages go.</summary>
internal interface IChildOutput
{
    /// <summary>Writes a finished line (or several, separated by '\n') from <paramref name="source"/>.</summary>
    /// <param name="source">The child's name, e.g. <c>catalog</c>.</param>
    /// <param name="text">The text, without its line ending.</param>
    void Line(string source, string text);

    /// <summary>Replaces the line <paramref name="source"/> is redrawing, as a progress bar does with '\r'.</summary>
    /// <param name="source">The child's name.</param>
    /// <param name="text">The line's new content.</param>
    void Redraw(string source, string text);
}
