using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Conformance.Tests.Harness;

/// <summary>The <c>expected</c> object of a query.</summary>
/// <param name="HasData">Whether the response must have a <c>data</c> entry (false: a request error, no <c>data</c> key at all).</param>
/// <param name="Data">The exact expected <c>data</c> (key order matters) when <paramref name="HasData"/>.</param>
/// <param name="Errors">The expected errors, each holding only the properties to compare (<c>path</c>, <c>code</c>, <c>message</c>).</param>
public sealed record ExpectedResponse(bool HasData, JsonNode? Data, IReadOnlyList<JsonObject> Errors)
{
    /// <summary>The expected response as written, for reports.</summary>
    public JsonObject ToJson()
    {
        JsonObject json = [];
        if (HasData)
        {
            json["data"] = Data?.DeepClone();
        }

        if (Errors.Count > 0)
        {
            json["errors"] = new JsonArray([.. Errors.Select(error => error.DeepClone())]);
        }

        return json;
    }
}
