using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace GameLibrary.BadInput.Tests.Running;

/// <summary>
/// Renders the corpus's byte recipes: a string (text, placeholders expanded), an array (each part in turn),
/// <c>{"hex": "FF FE"}</c> (those bytes, verbatim), <c>{"raw": "\\ud800"}</c> (text inserted verbatim even inside an
/// escaped string, so JSON escapes reach the server as written) and <c>{"repeat": part, "times": n}</c> (with <c>{{n}}</c> in the part numbering the copies from 0).
/// </summary>
public static class Segments
{
    /// <summary>Renders <paramref name="recipe"/>; with <paramref name="escape"/> its plain text is escaped as JSON string content.</summary>
    public static void Render(JsonNode? recipe, Func<string, string> expand, bool escape, MemoryStream output)
    {
        switch (recipe)
        {
            case null:
                break;
            case JsonArray parts:
                foreach (JsonNode? part in parts)
                {
                    Render(part, expand, escape, output);
                }

                break;
            case JsonObject { } hex when hex["hex"] is { } bytes:
                output.Write(Convert.FromHexString(bytes.GetValue<string>().Replace(" ", string.Empty, StringComparison.Ordinal)));
                break;
            case JsonObject { } raw when raw["raw"] is { } text:
                output.Write(Encoding.UTF8.GetBytes(expand(text.GetValue<string>())));
                break;
            case JsonObject { } numbered when numbered["repeat"] is { } part && part.ToJsonString().Contains("{{n}}", StringComparison.Ordinal):
                for (int i = 0; i < numbered["times"]!.GetValue<int>(); i++)
                {
                    string n = i.ToString(CultureInfo.InvariantCulture);
                    Render(part, text => expand(text.Replace("{{n}}", n, StringComparison.Ordinal)), escape, output);
                }

                break;
            case JsonObject { } repeat when repeat["repeat"] is { } part:
                int times = repeat["times"]!.GetValue<int>();
                long start = output.Length;
                Render(part, expand, escape, output);
                byte[] once = output.GetBuffer()[(int)start..(int)output.Length];
                for (int i = 1; i < times; i++)
                {
                    output.Write(once);
                }

                break;
            default:
                byte[] utf8 = Encoding.UTF8.GetBytes(expand(recipe.GetValue<string>()));
                if (escape)
                {
                    WriteEscaped(utf8, output);
                }
                else
                {
                    output.Write(utf8);
                }

                break;
        }
    }

    /// <summary>Renders <paramref name="recipe"/> verbatim to a new array.</summary>
    public static byte[] Render(JsonNode? recipe, Func<string, string> expand)
    {
        using MemoryStream output = new();
        Render(recipe, expand, escape: false, output);
        return output.ToArray();
    }

    /// <summary>JSON string escaping at the byte level, so bytes that are not UTF-8 pass through untouched.</summary>
    public static void WriteEscaped(ReadOnlySpan<byte> text, MemoryStream output)
    {
        foreach (byte b in text)
        {
            if (b is (byte)'"' or (byte)'\\')
            {
                output.WriteByte((byte)'\\');
                output.WriteByte(b);
            }
            else if (b < 0x20)
            {
                output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\\u{b:x4}")));
            }
            else
            {
                output.WriteByte(b);
            }
        }
    }
}
