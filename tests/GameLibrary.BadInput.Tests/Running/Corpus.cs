using System.Text.Json.Nodes;

namespace GameLibrary.BadInput.Tests.Running;

/// <summary>The corpus: every case of every <c>Corpus/*.json</c> file, each file one family of hostile input.</summary>
public static class Corpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, CorpusCase>> Cases = new(Load);

    /// <summary>Every run of the corpus — a case against one target over one transport — as its id.</summary>
    public static IEnumerable<string> RunIds() =>
        from corpusCase in Cases.Value.Values
        from target in corpusCase.Targets
        from transport in corpusCase.Transports
        select $"{corpusCase.Family}/{corpusCase.Name}@{target}/{transport}";

    /// <summary>The case, target and transport of a run id.</summary>
    public static (CorpusCase Case, string Target, string Transport) Run(string id)
    {
        int at = id.LastIndexOf('@');
        string[] where = id[(at + 1)..].Split('/');
        return (Cases.Value[id[..at]], where[0], where[1]);
    }

    private static Dictionary<string, CorpusCase> Load()
    {
        Dictionary<string, CorpusCase> cases = new(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.json").Order(StringComparer.Ordinal))
        {
            string family = Path.GetFileNameWithoutExtension(file);
            JsonObject root = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            JsonObject? documents = root["documents"]?.AsObject();
            foreach (JsonObject definition in root["cases"]!.AsArray().Select(node => node!.AsObject()))
            {
                string name = definition["name"]!.GetValue<string>();
                if (!cases.TryAdd($"{family}/{name}", new CorpusCase(family, name, definition, documents)))
                {
                    throw new InvalidOperationException($"{family}: two cases are named '{name}'.");
                }
            }
        }

        return cases;
    }
}
