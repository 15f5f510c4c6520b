using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using GameLibrary.Federation.Conformance.Tests.Fixtures;

namespace GameLibrary.Federation.Conformance.Tests.Harness;

/// <summary>
/// Reads a scenario folder and checks that it is complete and well-formed, so that a half-written scenario fails
/// loudly with every problem listed rather than passing on a default.
/// </summary>
public static partial class ScenarioLoader
{
    /// <summary>The fewest queries a scenario may have.</summary>
    public const int MinimumQueries = 4;

    private const string SupergraphFile = "supergraph.graphql";
    private const string QueriesFile = "queries.json";
    private const string DescriptionFile = "scenario.md";

    private static readonly string[] QueryMembers = ["name", "query", "operationName", "variables", "down", "expected"];
    private static readonly string[] ExpectedMembers = ["data", "errors"];
    private static readonly string[] ErrorMembers = ["path", "code", "message"];

    /// <summary>Loads the scenario, or throws <see cref="ScenarioFormatException"/> listing every problem.</summary>
    public static Scenario Load(string directory)
    {
        (Scenario? scenario, IReadOnlyList<string> problems) = Read(directory);
        return problems.Count == 0 && scenario is not null
            ? scenario
            : throw new ScenarioFormatException(Path.GetFileName(directory), problems);
    }

    /// <summary>Reads the scenario and collects its problems (the scenario is null when it cannot be assembled).</summary>
    public static (Scenario? Scenario, IReadOnlyList<string> Problems) Read(string directory)
    {
        List<string> problems = [];
        string name = Path.GetFileName(directory);
        if (!FolderName().IsMatch(name))
        {
            problems.Add($"the folder name must be NN-kebab-name, got {name}");
        }

        if (!File.Exists(Path.Combine(directory, DescriptionFile)) || string.IsNullOrWhiteSpace(File.ReadAllText(Path.Combine(directory, DescriptionFile))))
        {
            problems.Add($"{DescriptionFile} is missing or empty");
        }

        List<FixtureSubgraphDefinition> subgraphs = ReadSubgraphs(directory, problems);
        string? supergraph = ReadSupergraph(directory, subgraphs, problems);
        List<ScenarioQuery> queries = ReadQueries(directory, subgraphs.Select(subgraph => subgraph.Name).ToHashSet(StringComparer.Ordinal), problems);

        Scenario? scenario = supergraph is null ? null : new Scenario(name, directory, subgraphs, supergraph, queries);
        return (scenario, problems);
    }

    private static List<FixtureSubgraphDefinition> ReadSubgraphs(string directory, List<string> problems)
    {
        List<FixtureSubgraphDefinition> subgraphs = [];
        string[] sdlFiles = [.. Directory.GetFiles(directory, "*.graphql")
            .Where(file => Path.GetFileName(file) != SupergraphFile)
            .Order(StringComparer.Ordinal)];
        if (sdlFiles.Length < 2)
        {
            problems.Add($"a scenario needs at least two subgraph SDL files, found {sdlFiles.Length}");
        }

        foreach (string sdlFile in sdlFiles)
        {
            string subgraph = Path.GetFileNameWithoutExtension(sdlFile);
            if (!SubgraphName().IsMatch(subgraph))
            {
                problems.Add($"{Path.GetFileName(sdlFile)}: a subgraph name is one lowercase word");
            }

            string dataFile = Path.ChangeExtension(sdlFile, ".json");
            if (!File.Exists(dataFile))
            {
                problems.Add($"{subgraph}.json is missing (the data of subgraph {subgraph})");
                continue;
            }

            if (ReadJson(dataFile, problems) is { } data)
            {
                if (data is JsonObject record)
                {
                    subgraphs.Add(new FixtureSubgraphDefinition(subgraph, File.ReadAllText(sdlFile), record));
                }
                else
                {
                    problems.Add($"{subgraph}.json must be an object");
                }
            }
        }

        foreach (string jsonFile in Directory.GetFiles(directory, "*.json"))
        {
            string fileName = Path.GetFileName(jsonFile);
            if (fileName != QueriesFile && !File.Exists(Path.ChangeExtension(jsonFile, ".graphql")))
            {
                problems.Add($"{fileName} belongs to no subgraph SDL");
            }
        }

        return subgraphs;
    }

    private static string? ReadSupergraph(string directory, List<FixtureSubgraphDefinition> subgraphs, List<string> problems)
    {
        string path = Path.Combine(directory, SupergraphFile);
        if (!File.Exists(path))
        {
            problems.Add($"{SupergraphFile} is missing: compose the scenario (see the README)");
            return null;
        }

        string supergraph = File.ReadAllText(path);
        string[] composed = [.. JoinGraphName().Matches(supergraph).Select(match => match.Groups[1].Value).Order(StringComparer.Ordinal)];
        string[] present = [.. subgraphs.Select(subgraph => subgraph.Name).Order(StringComparer.Ordinal)];
        if (!composed.SequenceEqual(present, StringComparer.Ordinal))
        {
            problems.Add($"{SupergraphFile} was composed from [{string.Join(", ", composed)}] but the subgraphs are [{string.Join(", ", present)}]: recompose");
        }

        return supergraph;
    }

    private static List<ScenarioQuery> ReadQueries(string directory, HashSet<string> subgraphNames, List<string> problems)
    {
        List<ScenarioQuery> queries = [];
        string path = Path.Combine(directory, QueriesFile);
        if (!File.Exists(path))
        {
            problems.Add($"{QueriesFile} is missing");
            return queries;
        }

        if (ReadJson(path, problems) is not JsonArray entries)
        {
            problems.Add($"{QueriesFile} must be a list of queries");
            return queries;
        }

        HashSet<string> names = new(StringComparer.Ordinal);
        for (int index = 0; index < entries.Count; index++)
        {
            string at = $"{QueriesFile}[{index}]";
            if (entries[index] is not JsonObject entry)
            {
                problems.Add($"{at}: must be an object");
                continue;
            }

            if (entry["name"] is JsonValue name && name.GetValueKind() == JsonValueKind.String && !names.Add(name.GetValue<string>()))
            {
                problems.Add($"{at}: the name {name.GetValue<string>()} is used twice");
            }

            if (ReadQuery(entry, at, subgraphNames, problems) is { } query)
            {
                queries.Add(query);
            }
        }

        if (entries.Count < MinimumQueries)
        {
            problems.Add($"{QueriesFile} has {entries.Count} queries; a scenario has at least {MinimumQueries}");
        }

        return queries;
    }

    private static ScenarioQuery? ReadQuery(JsonObject entry, string at, HashSet<string> subgraphNames, List<string> problems)
    {
        int before = problems.Count;
        RejectUnknownMembers(entry, QueryMembers, at, problems);
        string? name = OptionalString(entry, "name", at, problems);
        if (name is null || !KebabName().IsMatch(name))
        {
            problems.Add($"{at}.name: a kebab-case name is required");
        }
        else
        {
            at = $"{QueriesFile}[{name}]";
        }

        string? query = OptionalString(entry, "query", at, problems);
        if (string.IsNullOrWhiteSpace(query))
        {
            problems.Add($"{at}.query: a GraphQL document is required");
        }

        string? operationName = OptionalString(entry, "operationName", at, problems);
        JsonObject? variables = entry["variables"] as JsonObject;
        if (entry["variables"] is not (null or JsonObject))
        {
            problems.Add($"{at}.variables: must be an object");
        }

        List<string> down = ReadDown(entry["down"], subgraphNames, at, problems);
        ExpectedResponse? expected = ReadExpected(entry["expected"], at, problems);
        return problems.Count == before
            ? new ScenarioQuery(name!, query!, operationName, variables, down, expected!)
            : null;
    }

    private static List<string> ReadDown(JsonNode? value, HashSet<string> subgraphNames, string at, List<string> problems)
    {
        List<string> down = [];
        if (value is null)
        {
            return down;
        }

        if (value is not JsonArray names)
        {
            problems.Add($"{at}.down: must be a list of subgraph names");
            return down;
        }

        foreach (JsonNode? item in names)
        {
            if (item?.GetValueKind() == JsonValueKind.String && subgraphNames.Contains(item.GetValue<string>()))
            {
                down.Add(item.GetValue<string>());
            }
            else
            {
                problems.Add($"{at}.down: {item?.ToJsonString() ?? "null"} is not a subgraph of the scenario");
            }
        }

        return down;
    }

    private static ExpectedResponse? ReadExpected(JsonNode? value, string at, List<string> problems)
    {
        if (value is not JsonObject expected)
        {
            problems.Add($"{at}.expected: an object with data and/or errors is required");
            return null;
        }

        RejectUnknownMembers(expected, ExpectedMembers, $"{at}.expected", problems);
        bool hasData = expected.ContainsKey("data");
        List<JsonObject> errors = [];
        if (expected["errors"] is JsonArray errorList)
        {
            for (int index = 0; index < errorList.Count; index++)
            {
                string errorAt = $"{at}.expected.errors[{index}]";
                if (errorList[index] is not JsonObject error)
                {
                    problems.Add($"{errorAt}: must be an object of path, code and/or message");
                    continue;
                }

                RejectUnknownMembers(error, ErrorMembers, errorAt, problems);
                if (error["path"] is not (null or JsonArray) || (error["path"] is JsonArray path && !path.All(IsPathSegment)))
                {
                    problems.Add($"{errorAt}.path: must be a list of field names and indexes");
                }

                errors.Add(error);
            }
        }
        else if (expected.ContainsKey("errors"))
        {
            problems.Add($"{at}.expected.errors: must be a list");
        }

        if (!hasData && errors.Count == 0)
        {
            problems.Add($"{at}.expected: without data a response has errors; give at least one");
        }

        return new ExpectedResponse(hasData, expected["data"]?.DeepClone(), errors);
    }

    private static bool IsPathSegment(JsonNode? segment) =>
        segment is JsonValue value && (value.GetValueKind() == JsonValueKind.String || value.TryGetValue(out int _));

    private static string? OptionalString(JsonObject entry, string member, string at, List<string> problems)
    {
        JsonNode? value = entry[member];
        if (value is null)
        {
            return null;
        }

        if (value.GetValueKind() != JsonValueKind.String)
        {
            problems.Add($"{at}.{member}: must be a string");
            return null;
        }

        return value.GetValue<string>();
    }

    private static void RejectUnknownMembers(JsonObject entry, string[] allowed, string at, List<string> problems)
    {
        foreach (string member in entry.Select(member => member.Key).Where(member => !allowed.Contains(member)))
        {
            problems.Add($"{at}.{member}: unknown member (allowed: {string.Join(", ", allowed)})");
        }
    }

    private static JsonNode? ReadJson(string path, List<string> problems)
    {
        try
        {
            JsonNode? node = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
            FixtureJson.Materialize(node);
            return node;
        }
        catch (JsonException exception)
        {
            problems.Add($"{Path.GetFileName(path)} is not valid JSON: {exception.Message}");
            return null;
        }
    }

    [GeneratedRegex("^[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex FolderName();

    [GeneratedRegex("^[a-z][a-z0-9]*$")]
    private static partial Regex SubgraphName();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabName();

    [GeneratedRegex(@"@join__graph\(\s*name:\s*""([^""]+)""")]
    private static partial Regex JoinGraphName();
}
