using System.Runtime.CompilerServices;

using GameLibrary.Federation.Api;

using GraphQLParser;

namespace GameLibrary.Federation.Tests.Api;

/// <summary>The composed test supergraphs under <c>ApiSchema/Supergraphs</c> (read from the source tree).</summary>
internal static class TestSupergraphs
{
    private static readonly Dictionary<(string, string), ApiSchema> Built = [];

    public static string Read(string scenario, string file = "supergraph.graphql") =>
        File.ReadAllText(Path.Combine(Folder(), scenario, file));

    /// <summary>The API schema of a scenario's supergraph, built once per test run.</summary>
    public static ApiSchema Api(string scenario, string file = "supergraph.graphql")
    {
        lock (Built)
        {
            if (!Built.TryGetValue((scenario, file), out var schema))
            {
                Built[(scenario, file)] = schema = ApiSchema.Build(Parser.Parse(Read(scenario, file)));
            }

            return schema;
        }
    }

    private static string Folder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Supergraphs");
}
