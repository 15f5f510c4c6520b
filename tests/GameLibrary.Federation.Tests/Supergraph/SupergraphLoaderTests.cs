using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Supergraph.Samples;

namespace GameLibrary.Federation.Tests.Supergraph;

public sealed class SupergraphLoaderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadsSubgraphsRootsKeysAndFieldsOfAFederation2Supergraph(bool guild)
    {
        var schema = SampleSupergraphs.Load("basic", guild);

        Assert.Equal(["accounts", "inventory", "products", "reviews"], schema.Subgraphs.Select(s => s.Name).Order());
        Assert.Equal("http://reviews.local/graphql", schema.Subgraph("reviews")!.Url);
        Assert.Equal(("Query", "Mutation", "Subscription"), (schema.QueryType, schema.MutationType, schema.SubscriptionType));

        var user = schema.Type("User")!;
        Assert.Equal(["accounts", "reviews"], user.Subgraphs.Keys.Order());
        Assert.Equal("id", Assert.Single(user.In("reviews")!.Keys).Fields.Text);
        Assert.True(user.Field("username")!.IsResolvableIn("accounts"));
        Assert.True(user.Field("username")!.In("reviews")!.IsExternal);
        Assert.True(user.Field("id")!.IsResolvableIn("reviews"));
        Assert.Null(user.Field("name")!.In("reviews"));

        Assert.Equal("username", schema.Type("Review")!.Field("author")!.In("reviews")!.Provides!.Text);
        Assert.Equal("price weight", schema.Type("Product")!.Field("shippingEstimate")!.In("inventory")!.Requires!.Text);
        Assert.Equal("[Product]", schema.Type("Query")!.Field("topProducts")!.Type.Text);
        Assert.Equal(1, schema.Type("Query")!.Field("topProducts")!.Type.ListDepth);
    }

    [Fact]
    public void ReadsAFederation1Supergraph()
    {
        var schema = SampleSupergraphs.Load("fed1");
        var product = schema.Type("Product")!;

        Assert.Equal("v0.1", schema.JoinVersion);
        Assert.True(product.Field("name")!.IsResolvableIn("products"));
        Assert.Null(product.Field("name")!.In("inventory"));
        Assert.True(product.Field("upc")!.IsResolvableIn("inventory"), "key fields are known where the key is declared");
        Assert.True(product.Field("price")!.In("inventory")!.IsExternal, "required fields are external where required");
        Assert.True(schema.Type("User")!.Field("username")!.In("reviews")!.IsExternal, "provided fields are external where provided");
        Assert.Equal(["accounts", "inventory", "products", "reviews"], schema.Type("Query")!.Subgraphs.Keys.Order());
    }

    [Fact]
    public void ReadsInterfaceObjectsAndFieldsNoSubgraphResolvesDirectly()
    {
        var schema = SampleSupergraphs.Load("interfaceobject");
        var media = schema.Type("Media")!;

        Assert.True(media.In("reviews")!.IsInterfaceObject);
        Assert.False(media.In("media")!.IsInterfaceObject);
        Assert.Empty(schema.PossibleTypesIn("reviews", "Media"));
        Assert.Equal(["Book", "Movie"], schema.PossibleTypesIn("media", "Media").Order());
        Assert.Empty(schema.Type("Book")!.Field("stars")!.Subgraphs);
    }

    [Fact]
    public void OverriddenFieldsAreNotResolvableInTheSubgraphTheyCameFrom()
    {
        var product = SampleSupergraphs.Load("override").Type("Product")!;

        Assert.Null(product.Field("price")!.In("legacy"));
        Assert.Equal("legacy", product.Field("price")!.In("modern")!.OverrideFrom);
        Assert.True(product.Field("stock")!.In("legacy")!.IsOverridden, "a labelled override is treated as applied");
        Assert.Equal("percent(50)", product.Field("stock")!.In("modern")!.OverrideLabel);
        Assert.True(product.Field("stock")!.IsResolvableIn("modern"));
    }

    [Fact]
    public void ReadsAbstractMembersAndEnumValuesPerSubgraph()
    {
        var schema = SampleSupergraphs.Load("abstract");

        Assert.Equal(["Company", "Game", "Person"], schema.Type("SearchResult")!.PossibleTypes.Order());
        Assert.Equal(["Company", "Game"], schema.PossibleTypesIn("catalog", "SearchResult").Order());
        Assert.Equal(["Game", "Person"], schema.PossibleTypesIn("people", "SearchResult").Order());
        Assert.Equal(["Game", "Person"], schema.PossibleTypesIn("people", "Node").Order());
        Assert.Equal(["ACTION", "PUZZLE", "RACING"], schema.Type("Genre")!.EnumValues);
        Assert.Equal(["ACTION", "PUZZLE"], schema.Type("Genre")!.In("people")!.EnumValues.Order());
    }

    [Fact]
    public void ResolvesJoinNamesThroughLinkAsAndImports()
    {
        var renamed = SampleSupergraphs.Sdl("basic")
            .Replace("join__", "j__", StringComparison.Ordinal)
            .Replace("\"https://specs.apollo.dev/join/v0.3\",", "\"https://specs.apollo.dev/join/v0.3\", as: \"j\",", StringComparison.Ordinal);
        Assert.Equal("username", SupergraphSchema.Load(renamed).Type("Review")!.Field("author")!.In("reviews")!.Provides!.Text);

        var imported = SampleSupergraphs.Sdl("basic")
            .Replace("@join__type", "@type", StringComparison.Ordinal)
            .Replace("\"https://specs.apollo.dev/join/v0.3\",", "\"https://specs.apollo.dev/join/v0.3\", import: [\"@type\"],", StringComparison.Ordinal);
        Assert.Equal("upc", Assert.Single(SupergraphSchema.Load(imported).Type("Product")!.In("inventory")!.Keys).Fields.Text);
    }

    [Theory]
    [InlineData("scalar join__FieldSet", "scalar join__FieldSet {", "not valid GraphQL SDL")]
    [InlineData("enum join__Graph", "enum join__Graphs", "has no join__Graph enum")]
    [InlineData("@join__type(graph: INVENTORY, key: \"upc\")", "@join__type(graph: WAREHOUSE, key: \"upc\")", "@join__type on Product names unknown graph WAREHOUSE")]
    [InlineData("requires: \"price weight\"", "requires: \"price { weight\"", "Invalid field set \"price { weight\" in @join__field(graph: INVENTORY, requires:) on Product.shippingEstimate")]
    [InlineData("requires: \"price weight\"", "requires: \"price weight height\"", "type Product has no field \"height\"")]
    [InlineData("@join__type(graph: REVIEWS, key: \"upc\")", "@join__type(graph: REVIEWS, key: \"reviews\")", "field Product.reviews needs a selection")]
    [InlineData("join/v0.3\", for: EXECUTION", "join/v0.9\", for: EXECUTION", "Unsupported join spec version v0.9")]
    [InlineData("@link(url: \"https://specs.apollo.dev/link/v1.0\")", "@link(url: \"https://specs.apollo.dev/link/v1.0\") @link(url: \"https://example.com/magic/v1.0\", for: EXECUTION)", "Unsupported feature for EXECUTION in the schema's @link: \"https://example.com/magic/v1.0\"")]
    [InlineData("@link(url: \"https://specs.apollo.dev/join/v0.3\", for: EXECUTION)", "", "no @link (or @core) to https://specs.apollo.dev/join")]
    [InlineData("reviews: [Review] @join__field(graph: REVIEWS)", "reviews: [Review] @join__field(graph: REVIEWS, contextArguments: [])", "Field Product.reviews takes arguments from @fromContext")]
    public void RejectsBrokenSupergraphsNamingTheProblem(string find, string replace, string message)
    {
        var sdl = SampleSupergraphs.Sdl("basic");
        Assert.Contains(find, sdl, StringComparison.Ordinal);

        var ex = Assert.Throws<SupergraphException>(() => SupergraphSchema.Load(sdl.Replace(find, replace, StringComparison.Ordinal)));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsADocumentThatIsNotASupergraph()
    {
        var ex = Assert.Throws<SupergraphException>(() => SupergraphSchema.Load("type Query { hello: String }"));
        Assert.Contains("not a supergraph", ex.Message, StringComparison.Ordinal);
    }
}
