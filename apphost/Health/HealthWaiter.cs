using System.Net;

namespace GameLibrary.AppHost.Health;

/// <summary>Polls a service's readiness endpoint until it answers 200, the service's process exits, or time runs out.</summary>
/// <param name="http">The client the endpoint is polled with.</param>
internal sealed class HealthWaiter(HttpClient http)
{
    /// <summary>The pause between polls.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    // A single poll that hangs (a service half up) must not use up the whole wait.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Waits for readiness.</summary>
    /// <param name="healthUrl">The readiness endpoint.</param>
    /// <param name="exited">Completes when the service's process exits.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait (the launcher is stopping).</param>
    /// <returns>How the wait ended.</returns>
    public async Task<HealthOutcome> WaitAsync(Uri healthUrl, Task exited, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(healthUrl);
        ArgumentNullException.ThrowIfNull(exited);
        using CancellationTokenSource deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (exited.IsCompleted)
            {
                return HealthOutcome.Exited;
            }

            if (await IsReadyAsync(healthUrl, deadline.Token).ConfigureAwait(false))
            {
                return HealthOutcome.Healthy;
            }

            // Woken early when the process exits; Task.Delay's cancellation is observed below, not thrown.
            await Task.WhenAny(exited, Task.Delay(PollInterval, deadline.Token)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (deadline.IsCancellationRequested && !exited.IsCompleted)
            {
                return HealthOutcome.TimedOut;
            }
        }
    }

    private async Task<bool> IsReadyAsync(Uri healthUrl, CancellationToken deadline)
    {
        using CancellationTokenSource request = CancellationTokenSource.CreateLinkedTokenSource(deadline);
        request.CancelAfter(RequestTimeout);
        try
        {
            using HttpResponseMessage response = await http.GetAsync(healthUrl, request.Token).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            // Not listening yet.
            return false;
        }
        catch (OperationCanceledException) when (request.IsCancellationRequested)
        {
            // This poll or the whole wait ran out of time; the caller tells which.
            return false;
        }
    }
}
