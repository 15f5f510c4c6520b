using GameLibrary.Federation.Conformance.Tests.Harness;

using Snapshooter;
using Snapshooter.Xunit;

namespace GameLibrary.Federation.Conformance.Tests;

/// <summary>
/// Every query of every scenario through the gateway against the scenario's live fixture subgraphs, and the query
/// plan of each as a snapshot. Cases are named <c>NN-scenario/query-name</c>.
/// </summary>
[TestCaseOrderer(CaseNameOrderer.TypeName, CaseNameOrderer.AssemblyName)]
public sealed class ConformanceTests(ScenarioHostCache hosts) : IClassFixture<ScenarioHostCache>
{
    public static TheoryData<ScenarioCase> Queries => ScenarioCatalog.QueryCases();

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query(ScenarioCase testCase)
    {
        (Scenario scenario, ScenarioQuery query) = ScenarioCatalog.Resolve(testCase);
        ScenarioHost host = await hosts.HostAsync(scenario);
        await ScenarioRunner.RunAsync(host, query);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Plan(ScenarioCase testCase)
    {
        (Scenario scenario, ScenarioQuery query) = ScenarioCatalog.Resolve(testCase);
        FederationGateway planner = hosts.Planner(scenario);
        if (IsRejectedDocument(query.Expected))
        {
            // A document that fails parsing, validation or operation selection has no plan: DescribePlan refuses it.
            Exception? refusal = Record.Exception(() => planner.DescribePlan(query.Query, query.OperationName));
            Assert.NotNull(refusal);
            Assert.IsNotType<NotImplementedException>(refusal);
            return;
        }

        string plan = planner.DescribePlan(query.Query, query.OperationName);
        Snapshot.Match(plan, SnapshotNameExtension.Create(scenario.Name, query.Name));
    }

    /// <summary>
    /// A request error not caused by variable values (BAD_USER_INPUT): those depend on the variables, which a plan
    /// does not, so such a document still has a plan.
    /// </summary>
    private static bool IsRejectedDocument(ExpectedResponse expected) =>
        !expected.HasData
        && expected.Errors.All(error => error["code"]?.GetValue<string>() != ErrorCodes.BadUserInput);
}
