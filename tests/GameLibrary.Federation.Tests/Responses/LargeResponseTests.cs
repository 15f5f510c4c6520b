using System.Text;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Tests.Execution;
using GameLibrary.Federation.Responses;
using GameLibrary.Federation.Tests.Api;
using GameLibrary.Federation.Tests.Requests;

namespace GameLibrary.Federation.Tests.Responses;

/// <summary>Completion stays linear in the size of the data and of the error list.</summary>
public sealed class LargeResponseTests
{
    private const int Items = 50_000;

    [Fact]
    public void Fifty_thousand_failed_items_with_their_subgraph_errors_complete()
    {
        var json = new StringBuilder("{\"game\":{\"reviews\":[");
        var errors = new List<GatewayError>(Items);
        for (var i = 0; i < Items; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("{\"id\":\"r").Append(i).Append("\",\"body\":null}");
            errors.Add(GatewayError.WithCode("body failed", "DOWNSTREAM", ["game", "reviews", i, "body"]));
        }

        var data = ResultStoreJson.Store(json.Append("]}}").ToString());
        var operation = TestOperations.Prepare("{ game(id: 1) { reviews { id body } } }", scenario: "library");

        var response = Respond.Write(writer => ResponseWriter.Write(writer, TestSupergraphs.Api("library"), operation, data, errors, null));

        // Quadratic matching of nulls against errors would take minutes here (the hang timeout's business, not an assert's).
        Assert.DoesNotContain("Cannot return null", response, StringComparison.Ordinal);
        Assert.EndsWith("\"data\":{\"game\":{\"reviews\":[" + string.Join(",", Enumerable.Repeat("null", Items)) + "]}}}", response, StringComparison.Ordinal);
    }
}
