using Xunit.Abstractions;

namespace GameLibrary.Federation.Conformance.Tests.Harness;

/// <summary>
/// A theory argument naming one (scenario, query) pair. Serializable, so every pair is its own test case, and
/// shown as <c>NN-scenario/query-name</c> (xunit truncates plain string arguments in display names).
/// </summary>
public sealed class ScenarioCase : IXunitSerializable
{
    /// <summary>The separator of the two names.</summary>
    public const char Separator = '/';

    /// <summary>For xunit's deserializer only.</summary>
    public ScenarioCase()
    {
    }

    public ScenarioCase(string scenario, string query)
    {
        Scenario = scenario;
        Query = query;
    }

    /// <summary>The scenario folder name.</summary>
    public string Scenario { get; private set; } = string.Empty;

    /// <summary>The query name (or <c>queries.json</c> for a scenario whose queries cannot be read).</summary>
    public string Query { get; private set; } = string.Empty;

    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Scenario = info.GetValue<string>(nameof(Scenario));
        Query = info.GetValue<string>(nameof(Query));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue(nameof(Scenario), Scenario);
        info.AddValue(nameof(Query), Query);
    }

    public override string ToString() => $"{Scenario}{Separator}{Query}";
}
