using System.Net;
using System.Net.Http.Headers;

namespace GameLibrary.Gateway.LoadTest.Gateways;

/// <summary>Waits for a gateway that prints no ready line: until <c>{ __typename }</c> answers 200.</summary>
internal static class ReadinessProbe
{
    private static readonly byte[] Typename = """{"query":"{ __typename }"}"""u8.ToArray();

    /// <summary>Polls every 200 ms; fails with the process's output when it exits or the timeout passes.</summary>
    public static async Task WaitUntilItAnswersAsync(HttpClient http, Uri graphql, ChildProcess process, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var content = new ByteArrayContent(Typename);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await http.PostAsync(graphql, content).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"{process.Name} did not answer at {graphql} within {timeout.TotalSeconds:0} s. Its output:{Environment.NewLine}{process.Output()}");
            }

            await Task.Delay(200).ConfigureAwait(false);
        }
    }
}
