using System.Globalization;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>Reads and resets the request counts of subgraphs that keep one (<c>GET</c>/<c>DELETE /requests</c>, benchmark-subgraphs/serve.mjs).</summary>
internal sealed class SubgraphRequestCounter(HttpClient http, IEnumerable<string> subgraphUrls)
{
    private readonly Uri[] _counters = [.. subgraphUrls.Select(url => new Uri(new Uri(url), "/requests"))];

    /// <summary>Sets every count back to 0.</summary>
    public async Task ResetAsync()
    {
        foreach (var counter in _counters)
        {
            using var response = await http.DeleteAsync(counter).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>The requests all subgraphs received since the last reset.</summary>
    public async Task<long> TotalAsync()
    {
        long total = 0;
        foreach (var counter in _counters)
        {
            total += long.Parse(await http.GetStringAsync(counter).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        return total;
    }
}
