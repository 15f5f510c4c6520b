using GameLibrary.Federation.Execution;
using GameLibrary.Federation.Planning.Nodes;
using GameLibrary.Federation.Tests.Execution;

namespace GameLibrary.Federation.Tests.Planning;

/// <summary>Internal aliases of a fetch renamed back in its answer and in its error paths.</summary>
public sealed class ResponseRenameTests
{
    [Fact]
    public void AliasIsRenamedBackOnlyForObjectsOfItsTypesAtEveryListPosition()
    {
        var items = new ResponseRename();
        items.Add(new HashSet<string> { "Movie" }, "__gl_t0", "code");
        var root = new ResponseRename();
        root.AddChild("search", items);
        var data = ResultStoreJson.Store("""
            {"search":[{"__typename":"Book","code":"B-1"},{"__typename":"Movie","__gl_t0":"M-1"},{"__typename":"Book","__gl_t0":"kept"}]}
            """);

        root.Apply(new ResultValue(data));

        Assert.Equal(
            """{"search":[{"__typename":"Book","code":"B-1"},{"__typename":"Movie","code":"M-1"},{"__typename":"Book","__gl_t0":"kept"}]}""",
            data.ToJsonString());
    }

    [Fact]
    public void ErrorPathSegmentsFollowTheRenamesFromTheirLevel()
    {
        var items = new ResponseRename();
        items.Add(new HashSet<string> { "Movie" }, "__gl_t0", "code");
        var root = new ResponseRename();
        root.AddChild("items", items);
        List<object> path = ["_entities", 0, "items", 2, "__gl_t0"];

        root.RestorePath(path, 2);

        Assert.Equal(["_entities", 0, "items", 2, "code"], path);
    }

    [Fact]
    public void AnAliasSegmentAtAnotherLevelIsLeftAlone()
    {
        var root = new ResponseRename();
        root.Add(new HashSet<string> { "Movie" }, "__gl_t0", "code");
        List<object> path = ["other", "__gl_t0"];

        root.RestorePath(path, 0);

        Assert.Equal(["other", "__gl_t0"], path);
    }
}
