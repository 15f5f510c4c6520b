using System.Text;

namespace GameLibrary.AppHost.Output;

/// <summary>
/// Writes every child's output to one console, each line prefixed with the child's name (colored on a terminal), so
/// the services' logs can be told apart. Thread-safe: each call writes whole lines at once.
/// </summary>
internal sealed class OutputPrefixer : IChildOutput
{
    // Cyan, magenta, yellow, green, blue, red: assigned to the names in the order given.
    private static readonly string[] Palette = ["\e[36m", "\e[35m", "\e[33m", "\e[32m", "\e[34m", "\e[31m"];
    private const string Reset = "\e[0m";
    private const string EraseToEndOfLine = "\e[K";

    private readonly TextWriter _writer;
    private readonly bool _terminal;
    private readonly Dictionary<string, string> _prefixes;
    private readonly int _width;
    private readonly Lock _lock = new();

    // The source whose redraw the cursor rests on, at the end of a line not yet finished.
    private string? _redrawing;

    /// <summary>Creates the writer.</summary>
    /// <param name="writer">The console (or any writer).</param>
    /// <param name="terminal">
    /// Whether <paramref name="writer"/> is a terminal: prefixes are colored and redraws rewrite their line. Elsewhere
    /// (a log file, a pipe) redraws are dropped; the finished line still arrives.
    /// </param>
    /// <param name="sources">The names that will write, in display order; their longest length sets the prefix width.</param>
    public OutputPrefixer(TextWriter writer, bool terminal, IReadOnlyList<string> sources)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sources);
        _writer = writer;
        _terminal = terminal;
        _width = sources.Count == 0 ? 0 : sources.Max(source => source.Length);
        _prefixes = sources.Select((source, index) => (source, index)).ToDictionary(
            pair => pair.source,
            pair => FormatPrefix(pair.source, terminal ? Palette[pair.index % Palette.Length] : null));
    }

    /// <summary>Whether the console is a terminal that understands colors: not redirected, and NO_COLOR not set.</summary>
    public static bool ConsoleIsTerminal =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <inheritdoc />
    public void Line(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder output = new();
        lock (_lock)
        {
            // A redraw of the same source is finished in place; another source's is left as it stands.
            output.Append(_redrawing is null ? "" : _redrawing == source ? "\r" : "\n");
            _redrawing = null;
            foreach (string line in text.Split('\n'))
            {
                output.Append(Prefix(source)).Append(line.TrimEnd('\r'));
                if (_terminal)
                {
                    output.Append(EraseToEndOfLine);
                }

                output.Append('\n');
            }

            Write(output);
        }
    }

    /// <inheritdoc />
    public void Redraw(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        if (!_terminal)
        {
            return;
        }

        StringBuilder output = new();
        lock (_lock)
        {
            output.Append(_redrawing is null || _redrawing == source ? "\r" : "\n");
            output.Append(Prefix(source)).Append(text).Append(EraseToEndOfLine);
            _redrawing = source;
            Write(output);
        }
    }

    /// <summary>Writes text as it is, without prefixes: the startup summary.</summary>
    /// <param name="text">The text; a line ending is added.</param>
    public void Block(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_lock)
        {
            StringBuilder output = new(_redrawing is null ? "" : "\n");
            _redrawing = null;
            output.Append(text.ReplaceLineEndings("\n")).Append('\n');
            Write(output);
        }
    }

    private string Prefix(string source) => _prefixes.TryGetValue(source, out string? prefix) ? prefix : FormatPrefix(source, color: null);

    private string FormatPrefix(string source, string? color) =>
        color is null ? $"{source.PadRight(_width)} | " : $"{color}{source.PadRight(_width)} |{Reset} ";

    private void Write(StringBuilder output)
    {
        _writer.Write(output.ToString());
        _writer.Flush();
    }
}
