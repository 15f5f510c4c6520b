using GameLibrary.Federation.Tests.Supergraph.Samples;
using Snapshooter;
using Snapshooter.Xunit;

namespace GameLibrary.Federation.Tests.Planning;

/// <summary>Shareable fields, override, interface objects, interfaces and unions across subgraphs.</summary>
public sealed class FeaturePlanTests
{
    [Theory]
    [InlineData("ShareableRootStaysInOneSubgraph", "{ featured { title score } news }")]
    [InlineData("ShareableFieldIsTakenWhereWeAlreadyAre", "{ top { title meta { genre } } news }")]
    [InlineData("ShareableRootGoesWhereTheWholeSelectionResolves", "{ news featured { meta { genre rating } } }")]
    [InlineData("ValueTypeFieldMissingHereJumpsAtTheEntity", "{ alphaGames { title meta { genre rating } } }")]
    public void Shareable(string name, string query) =>
        Snapshot.Match(PlanAssert.Plan(SampleSupergraphs.Load("shareable"), query).ToString(), new SnapshotNameExtension(name));

    [Fact]
    public void OverriddenFieldsComeFromTheOverridingSubgraph() =>
        Snapshot.Match(PlanAssert.Plan(SampleSupergraphs.Load("override"), "{ products { name price stock discount sku } }").ToString());

    [Theory]
    [InlineData("InterfaceObjectFieldOnConcreteType", "{ book(id: 1) { title stars } }")]
    [InlineData("InterfaceObjectFieldOnInterface", "{ library { title stars } }")]
    [InlineData("ConcreteTypeFromInterfaceObject", "{ topRated { id stars ... on Book { pages } __typename } }")]
    [InlineData("InterfaceObjectFieldsOnly", "{ topRated { id stars } }")]
    public void InterfaceObject(string name, string query) =>
        Snapshot.Match(PlanAssert.Plan(SampleSupergraphs.Load("interfaceobject"), query).ToString(), new SnapshotNameExtension(name));

    [Theory]
    [InlineData("UnionMembersFromOtherSubgraph", "{ search(term: \"x\") { ... on Game { title players } ... on Company { name } } }")]
    [InlineData("InterfaceFieldOnAllImplementations", "{ nodes { id } }")]
    [InlineData("InterfaceTypeConditionsAcrossSubgraphs", "{ nodes { id ... on Game { players } } }")]
    [InlineData("ProvidesAvoidsAFetch", "{ people { favorite { title players } } }")]
    [InlineData("ProvidesOnAUnion", "{ people { recent { ... on Game { title players genre } ... on Person { name } } } }")]
    [InlineData("UnionMemberFromAnotherSubgraphNeedsAnEntityFetch", "{ everything { ... on Person { name } ... on Game { title } } }")]
    [InlineData("UnionMemberTheSubgraphNeverReturnsIsDropped", "{ search(term: \"x\") { ... on Person { name } ... on Company { name } } }")]
    [InlineData("ConditionsCarryIntoEntityFetches", "query ($a: Boolean!, $b: Boolean!) { nodes { ... on Game @include(if: $a) { players } ... @skip(if: $b) { ... on Game { players title } } } }")]
    public void Abstract(string name, string query) =>
        Snapshot.Match(PlanAssert.Plan(SampleSupergraphs.Load("abstract"), query).ToString(), new SnapshotNameExtension(name));
}
