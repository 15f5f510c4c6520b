using System.Runtime.CompilerServices;
using GameLibrary.Federation.Supergraph;
using GraphQLParser;

namespace GameLibrary.Federation.Tests.Supergraph.Samples;

/// <summary>The composed sample supergraphs committed next to this file (see compose.js).</summary>
internal static class SampleSupergraphs
{
    /// <summary>The SDL of a sample's supergraph (<c>supergraph.graphql</c>, or <c>supergraph.guild.graphql</c>).</summary>
    public static string Sdl(string sample, bool guild = false) =>
        File.ReadAllText(Path.Combine(Directory(), sample, guild ? "supergraph.guild.graphql" : "supergraph.graphql"));

    /// <summary>A sample's supergraph, loaded.</summary>
    public static SupergraphSchema Load(string sample, bool guild = false) => SupergraphSchema.Load(Parser.Parse(Sdl(sample, guild)));

    private static string Directory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
