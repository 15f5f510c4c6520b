using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;

namespace GameLibrary.Gateway.LoadTest.Profiling;

/// <summary>
/// An EventPipe session on a running .NET process (our gateway) writing a <c>.nettrace</c> file: the runtime's
/// sample profiler (every managed thread's stack about once a millisecond) and the method rundown that names the
/// JIT-compiled frames, so <see cref="CpuProfile"/> can resolve them afterwards. Started just before a measured run
/// and stopped just after it, so warm-up, start-up and the harness's own checks stay out of the profile.
/// </summary>
internal sealed class CpuTrace : IAsyncDisposable
{
    private const string SampleProfiler = "Microsoft-DotNETCore-SampleProfiler";
    private const string Runtime = "Microsoft-Windows-DotNETRuntime";

    // Loader (0x8) and JIT (0x10) keywords at the verbose level, where the runtime reports each method it compiles
    // (MethodLoadVerbose): methods compiled during the run are named as they appear, the rest by the rundown at the
    // end of the session.
    private const long LoaderAndJit = 0x8 | 0x10;

    private readonly EventPipeSession _session;
    private readonly Task _copy;

    private CpuTrace(EventPipeSession session, Task copy)
    {
        _session = session;
        _copy = copy;
    }

    /// <summary>Starts sampling process <paramref name="processId"/> into <paramref name="path"/>.</summary>
    public static CpuTrace Start(int processId, string path)
    {
        var client = new DiagnosticsClient(processId);
        EventPipeProvider[] providers =
        [
            new(SampleProfiler, EventLevel.Informational),
            new(Runtime, EventLevel.Verbose, LoaderAndJit),
        ];
        var session = client.StartEventPipeSession(providers, requestRundown: true, circularBufferMB: 256);
        var file = File.Create(path);
        var copy = Task.Run(async () =>
        {
            await using (file.ConfigureAwait(false))
            {
                await session.EventStream.CopyToAsync(file).ConfigureAwait(false);
            }
        });
        return new CpuTrace(session, copy);
    }

    /// <summary>Stops the session and waits until the rundown is written and the file closed.</summary>
    public async ValueTask DisposeAsync()
    {
        await _session.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _copy.ConfigureAwait(false);
        _session.Dispose();
    }
}
