using GameLibrary.Federation.Tests.Supergraph.Samples;

namespace GameLibrary.Federation.Tests.Planning;

/// <summary>Supergraphs composed by Apollo's and by The Guild's composer from the same subgraphs plan identically.</summary>
public sealed class ComposerParityTests
{
    [Theory]
    [InlineData("basic", "{ me { name reviews { body product { name shippingEstimate } } } topProducts { reviews { author { username } } } }")]
    [InlineData("keys", "{ trending { rating } editions { price game { title } } games { studio { founded } } }")]
    [InlineData("requires", "{ items { premium shippingCost name } }")]
    [InlineData("shareable", "{ news featured { meta { genre rating } } alphaGames { meta { rating } } }")]
    [InlineData("override", "{ products { name price stock discount } }")]
    [InlineData("interfaceobject", "{ topRated { stars ... on Book { pages } } library { title stars } }")]
    [InlineData("abstract", "{ search(term: \"x\") { ... on Game { players genre } } people { recent { ... on Game { title } } } }")]
    public void SamePlans(string sample, string query) =>
        Assert.Equal(
            PlanAssert.Plan(SampleSupergraphs.Load(sample), query).ToString(),
            PlanAssert.Plan(SampleSupergraphs.Load(sample, guild: true), query).ToString());
}
