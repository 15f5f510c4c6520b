using System.Text.Json.Nodes;
using GameLibrary.Federation.Execution;

namespace GameLibrary.Federation.Tests.Execution;

/// <summary>The result store as JSON text and node trees, for assertions.</summary>
internal static class ResultStoreJson
{
    public static string ToJsonString(this ResultObject data) => new ResultValue(data).ToJsonString();

    public static JsonObject AsNode(this ResultObject data) => JsonNode.Parse(data.ToJsonString())!.AsObject();

    /// <summary>A JSON text read into the store as a subgraph answer is.</summary>
    public static ResultObject Store(string json) => SubgraphJsonReader.Parse(System.Text.Encoding.UTF8.GetBytes(json)).Object!;

    /// <summary>A node tree read into the store.</summary>
    public static ResultObject Store(JsonObject json) => SubgraphJsonReader.FromNode(json).Object!;
}
