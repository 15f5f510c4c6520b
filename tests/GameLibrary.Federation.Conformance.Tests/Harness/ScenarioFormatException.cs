namespace GameLibrary.Federation.Conformance.Tests.Harness;

/// <summary>A scenario folder is incomplete or malformed; the message lists every problem.</summary>
public sealed class ScenarioFormatException(string scenario, IReadOnlyList<string> problems)
    : Exception($"Scenario {scenario} is incomplete or malformed:{Environment.NewLine}  - {string.Join($"{Environment.NewLine}  - ", problems)}")
{
    /// <summary>The problems found.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
