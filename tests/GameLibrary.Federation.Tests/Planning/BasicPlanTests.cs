using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Supergraph.Samples;
using Snapshooter.Xunit;

namespace GameLibrary.Federation.Tests.Planning;

/// <summary>Root fields across subgraphs, entity fetches, provides, requires, mutations, variables, aliases, fragments.</summary>
public sealed class BasicPlanTests
{
    private readonly SupergraphSchema _schema = SampleSupergraphs.Load("basic");

    [Fact]
    public void SingleSubgraphQueryIsOneFetch() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ me { id name } }").ToString());

    [Fact]
    public void RootFieldsOfSeveralSubgraphsAreFetchedInParallel() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ me { name } topProducts { name } }").ToString());

    [Fact]
    public void EntityFetchesFollowTheRootFetch() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ topProducts { name reviews { body author { username name } } } }").ToString());

    [Fact]
    public void ProvidedFieldNeedsNoFetch() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ topProducts { reviews { author { username } } } }").ToString());

    [Fact]
    public void RequiresFetchesTheRequiredFieldsFirst() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ topProducts { name shippingEstimate inStock } }").ToString());

    [Fact]
    public void FieldsOfTheSameSubgraphAtTheSamePathShareOneFetch() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ topProducts { reviews { body } inStock } me { reviews { body } } }").ToString());

    [Fact]
    public void MutationFieldsRunInDocumentOrder() =>
        Snapshot.Match(PlanAssert.Plan(_schema, """
            mutation Flow {
              first: login(username: "ada") { id }
              addReview(upc: "1", body: "Nice") { id body author { name } }
              again: login(username: "bob") { name }
              other: login(username: "eve") { name }
            }
            """).ToString());

    [Fact]
    public void OnlyUsedVariablesAreDeclaredWithTheClientsTypesAndDefaults() =>
        Snapshot.Match(PlanAssert.Plan(_schema, """
            query Q($first: Int = 3, $upc: String!, $withName: Boolean!, $unused: ID) {
              topProducts(first: $first) { name @include(if: $withName) reviews { body @skip(if: $withName) } }
              product(upc: $upc) { upc }
            }
            """).ToString());

    [Fact]
    public void ClientAliasThatCollidesWithAKeyGetsTheKeyAliased() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ topProducts { upc: name reviews { id: body } } }").ToString());

    [Fact]
    public void FragmentsAreInlinedAndConditionsKept() =>
        Snapshot.Match(PlanAssert.Plan(_schema, """
            query ($x: Boolean!) { topProducts { ...P ... @include(if: $x) { reviews { body } } } }
            fragment P on Product { name ...R }
            fragment R on Product { reviews { author { name } } }
            """).ToString());

    [Fact]
    public void IntrospectionAndRootTypenameAreLeftToTheGateway() =>
        Snapshot.Match(PlanAssert.Plan(_schema, "{ __typename __schema { queryType { name } } me { __typename name } }").ToString());

    [Fact]
    public void NothingToFetchGivesAnEmptyPlan() =>
        Assert.Null(PlanAssert.Plan(_schema, "{ __typename }").Node);
}
