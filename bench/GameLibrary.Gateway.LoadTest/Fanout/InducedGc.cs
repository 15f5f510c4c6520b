using System.Diagnostics;
using System.Diagnostics.Tracing;

using Microsoft.Diagnostics.NETCore.Client;

namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>
/// One blocking garbage collection of another .NET process, asked for the way <c>dotnet-gcdump</c> does: an EventPipe
/// session that enables the runtime's GC-heap-collect keyword makes the runtime collect once (without the heap dump's
/// own events). The fan-out benchmark uses it to take the one-off promotion of a burst of connections' state out of the
/// timed boards.
/// </summary>
internal static class InducedGc
{
    private const string Runtime = "Microsoft-Windows-DotNETRuntime";

    // GC (0x1) and GCHeapCollect (0x800000): enabling the latter is what triggers the collection.
    private const long GcAndHeapCollect = 0x1 | 0x800000;

    /// <summary>Asks process <paramref name="processId"/> to collect and returns once <paramref name="collections"/> has moved.</summary>
    public static async Task CollectAsync(int processId, Func<long> collections, TimeSpan timeout)
    {
        long before = collections();
        var client = new DiagnosticsClient(processId);
        using var session = client.StartEventPipeSession([new EventPipeProvider(Runtime, EventLevel.Informational, GcAndHeapCollect)], requestRundown: false, circularBufferMB: 16);
        var drain = Task.Run(() => session.EventStream.CopyToAsync(Stream.Null));
        var waited = Stopwatch.StartNew();
        while (collections() == before)
        {
            if (waited.Elapsed > timeout)
            {
                throw new InvalidOperationException($"Process {processId} did not collect within {timeout.TotalSeconds:0} s of being asked to.");
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        using var stopping = new CancellationTokenSource(timeout);
        await session.StopAsync(stopping.Token).ConfigureAwait(false);
        await drain.WaitAsync(timeout).ConfigureAwait(false);

        // Off the socket engine's thread, where the session's stream may have completed us (the harness runs socket
        // continuations inline): the caller scrapes /metrics synchronously next, which that thread must be free to serve.
        await Task.Yield();
    }
}
