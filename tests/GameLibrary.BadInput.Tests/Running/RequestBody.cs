using System.Text;
using System.Text.Json.Nodes;

namespace GameLibrary.BadInput.Tests.Running;

/// <summary>
/// The bytes of a case's GraphQL request: its <c>body</c> recipe verbatim, or an object built from <c>query</c> (a
/// recipe, escaped) or <c>document</c> (a named document of the file), <c>operationName</c>, <c>variables</c> and
/// <c>extensions</c> (JSON values) or <c>variablesRaw</c> (a recipe, verbatim).
/// </summary>
public static class RequestBody
{
    public static byte[] Build(CorpusCase corpusCase, string target, Func<string, string> expand)
    {
        JsonObject definition = corpusCase.Definition;
        if (definition.ContainsKey("body"))
        {
            return Segments.Render(definition["body"], expand);
        }

        using MemoryStream output = new();
        output.Write("{\"query\":\""u8);
        if (definition["document"] is { } document)
        {
            Segments.WriteEscaped(Encoding.UTF8.GetBytes(expand(corpusCase.Document(document.GetValue<string>(), target))), output);
        }
        else
        {
            Segments.Render(definition["query"], expand, escape: true, output);
        }

        output.Write("\""u8);
        foreach (string name in (string[])["operationName", "variables", "extensions"])
        {
            if (definition[name] is { } value)
            {
                output.Write(Encoding.UTF8.GetBytes($",\"{name}\":{expand(value.ToJsonString())}"));
            }
        }

        if (definition.ContainsKey("variablesRaw"))
        {
            output.Write(",\"variables\":"u8);
            Segments.Render(definition["variablesRaw"], expand, escape: false, output);
        }

        output.Write("}"u8);
        return output.ToArray();
    }
}
