using System.Diagnostics;
using System.Net;

using GameLibrary.AppHost.Health;
using GameLibrary.AppHost.Tests.Support;

namespace GameLibrary.AppHost.Tests.Health;

public sealed class HealthWaiterTests : IDisposable
{
    private static readonly Task NeverExits = new TaskCompletionSource().Task;
    private readonly HttpClient _http = new();

    [Fact]
    public async Task It_polls_until_the_endpoint_answers_200()
    {
        using HealthEndpoint endpoint = new(HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable);

        HealthOutcome outcome = await new HealthWaiter(_http).WaitAsync(endpoint.Url, NeverExits, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(HealthOutcome.Healthy, outcome);
        Assert.Equal(3, endpoint.Requests);
    }

    [Fact]
    public async Task A_service_not_listening_yet_is_waited_for()
    {
        int port = HealthEndpoint.FreePort();
        Task<HealthOutcome> waiting = new HealthWaiter(_http).WaitAsync(
            new Uri($"http://127.0.0.1:{port}/health/ready"), NeverExits, TimeSpan.FromSeconds(30), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(waiting.IsCompleted);

        using HealthEndpoint endpoint = new(port);

        Assert.Equal(HealthOutcome.Healthy, await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task It_times_out_when_the_endpoint_never_answers_200()
    {
        using HealthEndpoint endpoint = new() { NeverReady = true };
        Stopwatch elapsed = Stopwatch.StartNew();

        HealthOutcome outcome = await new HealthWaiter(_http).WaitAsync(endpoint.Url, NeverExits, TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal(HealthOutcome.TimedOut, outcome);
        Assert.InRange(elapsed.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        Assert.True(endpoint.Requests > 0);
    }

    [Fact]
    public async Task It_times_out_when_nothing_listens()
    {
        HealthOutcome outcome = await new HealthWaiter(_http).WaitAsync(
            new Uri($"http://127.0.0.1:{HealthEndpoint.FreePort()}/health/ready"), NeverExits, TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal(HealthOutcome.TimedOut, outcome);
    }

    [Fact]
    public async Task It_stops_waiting_as_soon_as_the_process_exits()
    {
        using HealthEndpoint endpoint = new() { NeverReady = true };
        TaskCompletionSource exited = new();
        Stopwatch elapsed = Stopwatch.StartNew();

        Task<HealthOutcome> waiting = new HealthWaiter(_http).WaitAsync(endpoint.Url, exited.Task, TimeSpan.FromMinutes(1), CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        exited.SetResult();

        Assert.Equal(HealthOutcome.Exited, await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Cancelling_ends_the_wait_with_an_exception()
    {
        using HealthEndpoint endpoint = new() { NeverReady = true };
        using CancellationTokenSource cancel = new(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new HealthWaiter(_http).WaitAsync(endpoint.Url, NeverExits, TimeSpan.FromMinutes(1), cancel.Token));
    }

    public void Dispose() => _http.Dispose();
}
