using System.Net;
using System.Net.Sockets;

namespace GameLibrary.AppHost.Tests.Support;

/// <summary>A small HTTP listener on loopback that answers /health/ready with the status codes it is given, then 200.</summary>
internal sealed class HealthEndpoint : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<HttpStatusCode> _statuses;
    private readonly Task _serving;
    private int _requests;

    public HealthEndpoint(params HttpStatusCode[] statuses)
        : this(FreePort(), statuses)
    {
    }

    public HealthEndpoint(int port, params HttpStatusCode[] statuses)
    {
        _statuses = new Queue<HttpStatusCode>(statuses);
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/health/ready");

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Answer 503 forever instead of 200 once the given statuses are used up.</summary>
    public bool NeverReady { get; init; }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending GetContext.
        }
    }

    /// <summary>A port nothing listens on (at the time of asking).</summary>
    public static int FreePort()
    {
        using TcpListener probe = new(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Interlocked.Increment(ref _requests);
            HttpStatusCode status;
            lock (_statuses)
            {
                status = _statuses.Count > 0 ? _statuses.Dequeue() : NeverReady ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK;
            }

            context.Response.StatusCode = context.Request.Url?.AbsolutePath == "/health/ready" ? (int)status : 404;
            context.Response.Close();
        }
    }
}
