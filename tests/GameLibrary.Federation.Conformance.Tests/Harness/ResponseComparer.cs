using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Conformance.Tests.Fixtures;

namespace GameLibrary.Federation.Conformance.Tests.Harness;

/// <summary>
/// Compares a gateway response with a scenario's expectation. <c>data</c> must be equal including key order (field
/// order is part of GraphQL's contract), numbers by value. Errors are a multiset compared on the properties each
/// expected error gives (<c>path</c>, <c>code</c> = <c>extensions.code</c>, <c>message</c>; a property given as null
/// must be absent), and the counts must match.
/// </summary>
public static class ResponseComparer
{
    private const int MaxReportedDifferences = 25;

    /// <summary>The differences, each a readable sentence; empty when the response matches.</summary>
    public static IReadOnlyList<string> Compare(ExpectedResponse expected, JsonObject actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        List<string> differences = [];

        bool hasData = actual.TryGetPropertyValue("data", out JsonNode? data);
        if (expected.HasData && !hasData)
        {
            differences.Add("expected a data entry, the response has none");
        }
        else if (!expected.HasData && hasData)
        {
            differences.Add($"expected no data entry (a request error), the response has data: {data?.ToJsonString() ?? "null"}");
        }
        else if (expected.HasData)
        {
            CompareData(expected.Data, data, "data", differences);
        }

        CompareErrors(expected.Errors, actual, differences);
        return differences.Count > MaxReportedDifferences
            ? [.. differences.Take(MaxReportedDifferences), $"… and {differences.Count - MaxReportedDifferences} more"]
            : differences;
    }

    /// <summary>True when the actual error has every property of the expected one.</summary>
    private static bool Matches(JsonObject expectedError, JsonNode? actualError)
    {
        ArgumentNullException.ThrowIfNull(expectedError);
        if (actualError is not JsonObject actual)
        {
            return false;
        }

        foreach ((string property, JsonNode? value) in expectedError)
        {
            JsonNode? actualValue = property switch
            {
                "code" => actual["extensions"]?["code"],
                _ => actual[property],
            };
            if (!FixtureJson.ValueEquals(value, actualValue))
            {
                return false;
            }
        }

        return true;
    }

    private static void CompareData(JsonNode? expected, JsonNode? actual, string at, List<string> differences)
    {
        switch (expected, actual)
        {
            case (JsonObject expectedObject, JsonObject actualObject):
                string[] expectedKeys = [.. expectedObject.Select(member => member.Key)];
                string[] actualKeys = [.. actualObject.Select(member => member.Key)];
                foreach (string missing in expectedKeys.Except(actualKeys))
                {
                    differences.Add($"{at}.{missing}: missing (expected {Show(expectedObject[missing])})");
                }

                foreach (string extra in actualKeys.Except(expectedKeys))
                {
                    differences.Add($"{at}.{extra}: not expected (got {Show(actualObject[extra])})");
                }

                string[] common = [.. expectedKeys.Intersect(actualKeys)];
                string[] actualOrder = [.. actualKeys.Intersect(expectedKeys)];
                if (!common.SequenceEqual(actualOrder))
                {
                    differences.Add($"{at}: keys in order [{string.Join(", ", actualOrder)}], expected [{string.Join(", ", common)}]");
                }

                foreach (string key in common)
                {
                    CompareData(expectedObject[key], actualObject[key], $"{at}.{key}", differences);
                }

                break;
            case (JsonArray expectedItems, JsonArray actualItems):
                if (expectedItems.Count != actualItems.Count)
                {
                    differences.Add($"{at}: {actualItems.Count} items, expected {expectedItems.Count}");
                }

                for (int index = 0; index < Math.Min(expectedItems.Count, actualItems.Count); index++)
                {
                    CompareData(expectedItems[index], actualItems[index], $"{at}[{index}]", differences);
                }

                break;
            case (JsonValue expectedValue, JsonValue actualValue) when FixtureJson.ScalarEquals(expectedValue, actualValue):
            case (null, null):
                break;
            default:
                differences.Add($"{at}: expected {Show(expected)}, got {Show(actual)}");
                break;
        }
    }

    private static void CompareErrors(IReadOnlyList<JsonObject> expected, JsonObject response, List<string> differences)
    {
        JsonArray actual;
        switch (response["errors"])
        {
            case null when !response.ContainsKey("errors"):
                actual = [];
                break;
            case JsonArray { Count: 0 }:
                differences.Add("errors is an empty list; the spec requires it to be absent when there are none");
                return;
            case JsonArray list:
                actual = list;
                break;
            default:
                differences.Add($"errors must be a list, got {Show(response["errors"])}");
                return;
        }

        if (expected.Count != actual.Count)
        {
            differences.Add($"{actual.Count} errors, expected {expected.Count}");
        }

        int[] assignment = MatchErrors(expected, actual);
        for (int index = 0; index < expected.Count; index++)
        {
            if (!assignment.Contains(index))
            {
                differences.Add($"no error matches expected {Show(expected[index])}");
            }
        }

        for (int index = 0; index < actual.Count; index++)
        {
            if (assignment[index] < 0)
            {
                differences.Add($"unexpected error {Show(actual[index])}");
            }
        }
    }

    /// <summary>
    /// A maximum matching of actual errors to expected ones (Kuhn's augmenting paths): an expected error that gives
    /// only a code must not take the actual error that a more specific expectation needs.
    /// </summary>
    /// <returns>For each actual error, the index of the expected error it matched, or -1.</returns>
    private static int[] MatchErrors(IReadOnlyList<JsonObject> expected, JsonArray actual)
    {
        int[] matchedExpected = [.. Enumerable.Repeat(-1, actual.Count)];
        for (int index = 0; index < expected.Count; index++)
        {
            TryAssign(index, new bool[actual.Count]);
        }

        return matchedExpected;

        bool TryAssign(int expectedIndex, bool[] visited)
        {
            for (int actualIndex = 0; actualIndex < actual.Count; actualIndex++)
            {
                if (visited[actualIndex] || !Matches(expected[expectedIndex], actual[actualIndex]))
                {
                    continue;
                }

                visited[actualIndex] = true;
                if (matchedExpected[actualIndex] < 0 || TryAssign(matchedExpected[actualIndex], visited))
                {
                    matchedExpected[actualIndex] = expectedIndex;
                    return true;
                }
            }

            return false;
        }
    }

    private static string Show(JsonNode? node) => node?.ToJsonString(FixtureJson.Compact) ?? "null";

    /// <summary>Indented JSON for failure reports.</summary>
    public static string Indented(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(new JsonSerializerOptions(FixtureJson.Compact) { WriteIndented = true });
    }
}
