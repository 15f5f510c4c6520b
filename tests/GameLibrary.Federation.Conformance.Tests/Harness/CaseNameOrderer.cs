using Xunit.Abstractions;
using Xunit.Sdk;

namespace GameLibrary.Federation.Conformance.Tests.Harness;

/// <summary>
/// Runs test cases in name order, so the cases of one scenario (<c>NN-scenario/…</c>) follow each other and
/// <see cref="ScenarioHostCache"/> starts each scenario once. (xunit's default order is by case id hash.)
/// </summary>
public sealed class CaseNameOrderer : ITestCaseOrderer
{
    /// <summary>The orderer's type name, for <see cref="TestCaseOrdererAttribute"/>.</summary>
    public const string TypeName = "GameLibrary.Federation.Conformance.Tests.Harness.CaseNameOrderer";

    /// <summary>The assembly of the orderer, for <see cref="TestCaseOrdererAttribute"/>.</summary>
    public const string AssemblyName = "GameLibrary.Federation.Conformance.Tests";

    /// <inheritdoc />
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases.OrderBy(testCase => testCase.DisplayName, StringComparer.Ordinal);
}
