using System.Text;

namespace GameLibrary.AppHost.Output;

/// <summary>
/// Splits a child's character stream into lines (ended by '\n' or "\r\n") and redraws (text ended by a lone '\r',
/// the way a progress bar rewrites its line). Chunks may end anywhere, even between '\r' and '\n'.
/// </summary>
/// <param name="line">Receives each finished line.</param>
/// <param name="redraw">Receives each redrawn line's content.</param>
internal sealed class StreamSplitter(Action<string> line, Action<string> redraw)
{
    private readonly StringBuilder _current = new();
    private bool _afterCarriageReturn;

    /// <summary>Consumes the next chunk of output.</summary>
    /// <param name="chunk">The characters read.</param>
    public void Append(ReadOnlySpan<char> chunk)
    {
        foreach (char character in chunk)
        {
            if (_afterCarriageReturn)
            {
                _afterCarriageReturn = false;
                if (character == '\n')
                {
                    EmitLine();
                    continue;
                }

                EmitRedraw();
            }

            switch (character)
            {
                case '\r':
                    _afterCarriageReturn = true;
                    break;
                case '\n':
                    EmitLine();
                    break;
                default:
                    _current.Append(character);
                    break;
            }
        }
    }

    /// <summary>Ends the stream: unfinished text becomes a last line.</summary>
    public void Complete()
    {
        _afterCarriageReturn = false;
        if (_current.Length > 0)
        {
            EmitLine();
        }
    }

    private void EmitLine()
    {
        line(_current.ToString());
        _current.Clear();
    }

    private void EmitRedraw()
    {
        // "\r" before the first draw ends nothing worth showing.
        if (_current.Length > 0)
        {
            redraw(_current.ToString());
            _current.Clear();
        }
    }
}
