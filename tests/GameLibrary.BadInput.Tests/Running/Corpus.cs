using System.Text.Json.Nodes;

namespace GameLibrary.BadInput.Tests.Running;

/// <summary>The corpus: every case of every <c>Corpus/*.json</c> file, each file one family of hostile input.</summary>
public static class Corpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, CorpusCase>> Cases = new(Load);

    /// <summary>The ids (<c>family/name</c>) of every case.</summary>
    public static IEnumerable<string> CaseIds() => Cases.Value.Keys;

    /// <summary>How many runs — a case against one target over one transport — the corpus makes.</summary>
    public static int RunCount => Cases.Value.Values.Sum(corpusCase => corpusCase.Targets.Count() * corpusCase.Transports.Count());

    /// <summary>The case of an id.</summary>
    public static CorpusCase Case(string id) => Cases.Value[id];

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
