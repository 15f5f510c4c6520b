using System.Runtime.CompilerServices;

using GameLibrary.Federation;

using Snapshooter;
using Snapshooter.Xunit;

namespace GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

/// <summary>
/// Snapshots the gateway's query plan of an operation under <c>__snapshots__/&lt;TestClass&gt;.&lt;Test&gt;.snap</c>
/// beside the test's source file (named from caller information, so async helpers do not confuse Snapshooter).
/// </summary>
internal static class PlanSnapshot
{
    /// <summary>Matches (or, the first time, records) the plan.</summary>
    public static void Match(
        FederationGateway gateway,
        string query,
        string? operationName = null,
        [CallerMemberName] string test = "",
        [CallerFilePath] string sourceFile = "")
    {
        var name = $"{Path.GetFileNameWithoutExtension(sourceFile)}.{test}.snap";
        Snapshot.Match(gateway.DescribePlan(query, operationName), new SnapshotFullName(name, Path.GetDirectoryName(sourceFile)!));
    }
}
