using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GameLibrary.Federation.Execution;

namespace GameLibrary.Federation.Tests.Execution;

/// <summary>
/// The one-pass reader of subgraph answers must give a store that writes back exactly what the node tree it
/// replaced wrote (the subgraph's numbers as sent, strings in the writer's own escaping), and refuse what the
/// framework's parser refuses.
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
    [InlineData("-1.5E-7")]
    [InlineData("0.1")]
    [InlineData("1.0000000000000000001")]
    public void NumbersWriteBackAsSent(string number)
    {
        var json = $$"""{"n":{{number}},"list":[{{number}}]}""";

        var value = Parse(json);

        Assert.Equal(json, value.ToJsonString());
    }

    [Fact]
    public void LeavesAreReadByTheirTokens()
    {
        var store = Parse("""{"i":42,"d":4.25,"big":2147483648,"text":2.0,"s":"x","t":true,"f":false,"n":null}""").Object!;

        Assert.True(store["i"].TryGetInt32(out var i) && i == 42);
        Assert.True(store["d"].TryGetDouble(out var d) && d == 4.25);
        Assert.False(store["big"].TryGetInt32(out _));
        Assert.False(store["text"].TryGetInt32(out _));
        Assert.Equal(JsonValueKind.Number, store["text"].Kind);
        Assert.True(store["s"].TryGetString(out var s) && s == "x");
        Assert.Equal(JsonValueKind.True, store["t"].Kind);
        Assert.Equal(JsonValueKind.False, store["f"].Kind);
        Assert.True(store["n"].IsNull);
        Assert.True(store.ContainsKey("n"));
        Assert.True(store["missing"].IsNull);
        Assert.False(store.ContainsKey("missing"));
    }

    [Theory]
    [InlineData("""caf\u00e9 \"q\" <b>""")]
    [InlineData("""café""")]
    [InlineData("""\u00E9 and \u00e9""")]
    [InlineData("""a\/b""")]
    [InlineData("""back\\slash""")]
    [InlineData("""line\nbreak\ttab\r\b\f""")]
    [InlineData("""\u0001\u001f""")]
    [InlineData("""emoji 😀 \ud83d\ude00""")]
    [InlineData("""plain ascii, nothing to escape""")]
    [InlineData("""a+b & 'c' `d`""")]
    [InlineData("")]
    public void StringsWriteAsTheNodeTreeWroteThemWithEveryEncoder(string content)
    {
        var json = $$"""{"s":"{{content}}","list":["{{content}}"],"__typename":"{{content}}"}""";
        var node = JsonNode.Parse(json)!;
        var value = Parse(json);

        foreach (var encoder in new JavaScriptEncoder?[] { null, JavaScriptEncoder.Default, JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
        {
            Assert.Equal(Write(w => node.WriteTo(w), encoder), Write(value.WriteTo, encoder));
        }

        Assert.True(value.Object!["s"].TryGetString(out var text));
        Assert.Equal(node["s"]!.GetValue<string>(), text);
    }

    [Fact]
    public void TypenameValuesAndNamesAreDecodedOnce()
    {
        var store = Parse("""{"__typename":"Product","o":{"__typename":"Product"}}""").Object!;

        Assert.True(store["__typename"].TryGetString(out var first));
        Assert.True(store["o"].Object!["__typename"].TryGetString(out var second));
        Assert.Same(first, second);
        Assert.Same(store.GetAt(0).Key, store["o"].Object!.GetAt(0).Key);
    }

    [Fact]
    public void SkipsAByteOrderMark()
    {
        var value = SubgraphJsonReader.Parse([0xEF, 0xBB, 0xBF, .. """{"data":{"s":"x","n":1}}"""u8]);

        Assert.Equal("""{"data":{"s":"x","n":1}}""", value.ToJsonString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"data\":")]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"j\":10,\"k\":11,\"l\":12,\"m\":13,\"n\":14,\"o\":15,\"p\":16,\"a\":17}")]
    [InlineData("{} {}")]
    [InlineData("{\"a\":1,}")]
    public void RefusesWhatIsNotOneValidJsonValue(string json)
    {
        Assert.ThrowsAny<JsonException>(() => Parse(json));
    }

    [Fact]
    public void RefusesInvalidUtf8InNamesAndStrings()
    {
        Assert.ThrowsAny<JsonException>(() => SubgraphJsonReader.Parse([.. "{\""u8, 0xC3, 0x28, .. "\":1}"u8]));
        Assert.ThrowsAny<JsonException>(() => SubgraphJsonReader.Parse([.. "{\"a\":\""u8, 0xC3, 0x28, .. "\"}"u8]));
        Assert.ThrowsAny<JsonException>(() => SubgraphJsonReader.Parse([.. "{\"a\":\"\\n"u8, 0xC3, 0x28, .. "\"}"u8]));
    }

    [Fact]
    public void NestedObjectsAndListsKeepTheirOwnChildrenAndOrder()
    {
        const string Json = """{"a":[{"x":1,"y":[2,[3,{"z":4}],5],"w":6},[],{}],"b":{"c":{"d":[7,8]},"e":9},"f":[{"g":1},{"g":2}]}""";

        var store = Parse(Json).Object!;

        Assert.Equal(Json, new ResultValue(store).ToJsonString());
        Assert.True(store["a"].List![0].Object!["w"].TryGetInt32(out var w) && w == 6);
        var first = store["a"].List![0].Object!;
        Assert.Equal(["x", "y", "w"], Enumerable.Range(0, first.Count).Select(i => first.GetAt(i).Key));
    }

    [Fact]
    public void AFailedParseLeavesNothingBehindForTheNext()
    {
        // The reader keeps the children of unfinished objects and lists per thread: a refusal must not leak them.
        Assert.ThrowsAny<JsonException>(() => Parse("""{"a":[1,{"b":2,"c":[3"""));
        Assert.ThrowsAny<JsonException>(() => Parse("""{"a":{"b":1,"b":2},"c":3}"""));

        var value = Parse("""{"d":[4],"e":{"f":5}}""");

        Assert.Equal("""{"d":[4],"e":{"f":5}}""", value.ToJsonString());
    }

    [Fact]
    public async Task ReadsAStreamLargerThanItsFirstBuffer()
    {
        var items = string.Join(',', Enumerable.Range(0, 5000).Select(i => $$"""{"id":"{{i}}","name":"Item {{i}}"}"""));
        var json = $$$"""{"data":{"items":[{{{items}}}]}}""";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var value = await SubgraphJsonReader.ReadAsync(stream, CancellationToken.None);

        Assert.Equal(json, value.ToJsonString());
    }

    [Fact]
    public void ACopyHasItsOwnObjectsAndListsAndTheSameLeaves()
    {
        var original = Parse("""{"a":{"b":[{"c":"x"}]}}""").Object!;

        var copy = original.DeepClone();
        copy["a"].Object!.Set("d", ResultValue.Boolean(true));
        copy["a"].Object!["b"].List![0] = ResultValue.Null;

        Assert.Equal("""{"a":{"b":[{"c":"x"}]}}""", original.ToJsonString());
        Assert.Equal("""{"a":{"b":[null],"d":true}}""", copy.ToJsonString());
    }

    private static ResultValue Parse(string json) => SubgraphJsonReader.Parse(Encoding.UTF8.GetBytes(json));

    private static string Write(Action<Utf8JsonWriter> write, JavaScriptEncoder? encoder)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
