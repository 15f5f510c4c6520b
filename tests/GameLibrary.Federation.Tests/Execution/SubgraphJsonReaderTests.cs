using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GameLibrary.Federation.Execution;

namespace GameLibrary.Federation.Tests.Execution;

/// <summary>
/// The one-pass reader of subgraph answers must give a tree that writes back exactly what the subgraph sent (after
/// the writer's own escaping), whatever form its numbers take, and refuse what the framework's parser refuses.
/// </summary>
public sealed class SubgraphJsonReaderTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-7")]
    [InlineData("2147483647")]
    [InlineData("2147483648")]
    [InlineData("12345678901234567890123")]
    [InlineData("-0")]
    [InlineData("4.25")]
    [InlineData("2.0")]
    [InlineData("1e5")]
    [InlineData("1E+300")]
    [InlineData("0.1")]
    [InlineData("1.0000000000000000001")]
    public void NumbersWriteBackAsSent(string number)
    {
        var json = $$"""{"n":{{number}},"list":[{{number}}]}""";

        var tree = SubgraphJsonReader.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal(json, tree!.ToJsonString());
    }

    [Fact]
    public void IntegersAndCanonicalDecimalsBecomeNumbersOfThoseTypes()
    {
        var tree = SubgraphJsonReader.Parse("""{"i":42,"d":4.25,"big":2147483648,"text":2.0}"""u8)!;

        Assert.True(tree["i"]!.AsValue().TryGetValue<int>(out var i) && i == 42);
        Assert.True(tree["d"]!.AsValue().TryGetValue<double>(out var d) && d == 4.25);
        Assert.True(tree["big"]!.AsValue().TryGetValue<JsonElement>(out _));
        Assert.True(tree["text"]!.AsValue().TryGetValue<JsonElement>(out _));
    }

    [Fact]
    public void StringsNullsBooleansAndEscapesMatchTheFrameworkParser()
    {
        const string Json = """{"s":"caf\u00e9 \"q\" <b>","e":"","n":null,"t":true,"f":false,"o":{"__typename":"Product","a":[]},"\u0061lias":1}""";

        var tree = SubgraphJsonReader.Parse(Encoding.UTF8.GetBytes(Json));

        Assert.Equal(JsonNode.Parse(Json)!.ToJsonString(), tree!.ToJsonString());
        Assert.Equal("Product", tree["o"]!["__typename"]!.GetValue<string>());
        Assert.Null(tree["n"]);
    }

    [Fact]
    public void SkipsAByteOrderMark()
    {
        var tree = SubgraphJsonReader.Parse([0xEF, 0xBB, 0xBF, .. """{"data":{}}"""u8]);

        Assert.Equal("""{"data":{}}""", tree!.ToJsonString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"data\":")]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("{} {}")]
    [InlineData("{\"a\":1,}")]
    public void RefusesWhatIsNotOneValidJsonValue(string json)
    {
        Assert.ThrowsAny<JsonException>(() => SubgraphJsonReader.Parse(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void RefusesInvalidUtf8InNamesAndStrings()
    {
        Assert.ThrowsAny<JsonException>(() => SubgraphJsonReader.Parse([.. "{\""u8, 0xC3, 0x28, .. "\":1}"u8]));
        Assert.ThrowsAny<JsonException>(() => SubgraphJsonReader.Parse([.. "{\"a\":\""u8, 0xC3, 0x28, .. "\"}"u8]));
    }

    [Fact]
    public void NestedObjectsAndListsKeepTheirOwnChildrenAndOrder()
    {
        const string Json = """{"a":[{"x":1,"y":[2,[3,{"z":4}],5],"w":6},[],{}],"b":{"c":{"d":[7,8]},"e":9},"f":[{"g":1},{"g":2}]}""";

        var tree = SubgraphJsonReader.Parse(Encoding.UTF8.GetBytes(Json))!;

        Assert.Equal(Json, tree.ToJsonString());
        Assert.Equal(6, tree["a"]![0]!["w"]!.GetValue<int>());
        Assert.Equal(["x", "y", "w"], tree["a"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void AFailedParseLeavesNothingBehindForTheNext()
    {
        // The reader keeps the children of unfinished objects and lists per thread: a refusal must not leak them.
        Assert.ThrowsAny<JsonException>(() => SubgraphJsonReader.Parse("""{"a":[1,{"b":2,"c":[3"""u8));
        Assert.ThrowsAny<JsonException>(() => SubgraphJsonReader.Parse("""{"a":{"b":1,"b":2},"c":3}"""u8));

        var tree = SubgraphJsonReader.Parse("""{"d":[4],"e":{"f":5}}"""u8);

        Assert.Equal("""{"d":[4],"e":{"f":5}}""", tree!.ToJsonString());
    }

    [Fact]
    public async Task ReadsAStreamLargerThanItsFirstBuffer()
    {
        var items = string.Join(',', Enumerable.Range(0, 5000).Select(i => $$"""{"id":"{{i}}","name":"Item {{i}}"}"""));
        var json = $$$"""{"data":{"items":[{{{items}}}]}}""";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var tree = await SubgraphJsonReader.ReadAsync(stream, CancellationToken.None);

        Assert.Equal(json, tree!.ToJsonString());
    }
}
