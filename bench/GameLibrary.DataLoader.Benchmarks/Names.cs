namespace GameLibrary.DataLoader.Benchmarks;

/// <summary>Pre-built values, so neither loader nor baseline pays for string formatting.</summary>
internal static class Names
{
    private static readonly string[] Values = Enumerable.Range(0, 10_000).Select(i => $"name-{i}").ToArray();

    public static string Of(int key) => Values[key];
}
