#:project ../GameLibrary.Federation.Conformance.Tests.csproj
#:property PublishAot=false

// Queries the fixture subgraphs of a scenario directly, as the gateway would, to check SDL and data while writing
// a scenario. Usage (from the repository root):
//   dotnet run tests/GameLibrary.Federation.Conformance.Tests/probe/probe.cs -- <scenario-dir> <subgraph> '<query>' ['<variables-json>']
//   dotnet run tests/GameLibrary.Federation.Conformance.Tests/probe/probe.cs -- <scenario-dir> <requests.json>
// where requests.json is a list of { "subgraph": …, "query": …, "variables"?: {…} }. Prints the data files'
// problems (if any), then each response on one line.
using System.Text.Json.Nodes;

using GameLibrary.Federation.Conformance.Tests.Fixtures;

if (args.Length is < 2 or > 4)
{
    Console.Error.WriteLine("usage: probe.cs <scenario-dir> <subgraph> '<query>' ['<variables-json>'] | probe.cs <scenario-dir> <requests.json>");
    return 2;
}

string directory = Path.GetFullPath(args[0]);
JsonArray requests = args.Length == 2
    ? JsonNode.Parse(File.ReadAllText(args[1]))!.AsArray()
    : [new JsonObject { ["subgraph"] = args[1], ["query"] = args[2], ["variables"] = args.Length == 4 ? JsonNode.Parse(args[3]) : null }];

FixtureSequence sequence = new();
Dictionary<string, FixtureSubgraph> subgraphs = [];
try
{
    foreach (string sdlFile in Directory.GetFiles(directory, "*.graphql").Where(file => Path.GetFileName(file) != "supergraph.graphql"))
    {
        string name = Path.GetFileNameWithoutExtension(sdlFile);
        FixtureSubgraphDefinition definition = new(
            name,
            File.ReadAllText(sdlFile),
            JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(sdlFile, ".json")))!.AsObject());
        foreach (string problem in FixtureProbe.Lint(definition))
        {
            Console.WriteLine($"{name}.json problem: {problem}");
        }

        subgraphs[name] = await FixtureSubgraph.StartAsync(definition, sequence);
    }

    foreach (JsonNode? request in requests)
    {
        sequence.Reset();
        string subgraph = request!["subgraph"]!.GetValue<string>();
        string query = request["query"]!.GetValue<string>();
        (System.Net.HttpStatusCode status, JsonObject body) = await FixtureClient.PostAsync(subgraphs[subgraph].Url, query, request["variables"] as JsonObject);
        Console.WriteLine($"{subgraph} {query}{Environment.NewLine}  HTTP {(int)status} {body.ToJsonString()}");
    }
}
finally
{
    foreach (FixtureSubgraph subgraph in subgraphs.Values)
    {
        await subgraph.DisposeAsync();
    }
}

return 0;
