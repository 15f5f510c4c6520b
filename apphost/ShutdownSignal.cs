using System.Runtime.InteropServices;

namespace GameLibrary.AppHost;

/// <summary>
/// Turns Ctrl-C, SIGTERM, SIGHUP and SIGQUIT into a graceful stop (<see cref="Stopping"/>), and a second one into
/// an immediate kill (<see cref="Forced"/>); the process is not terminated by the signal itself.
/// </summary>
internal sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _forced = new();
    private readonly PosixSignalRegistration[] _registrations;
    private readonly Action<string> _report;

    /// <summary>Starts listening for the signals.</summary>
    /// <param name="report">Told what a signal started.</param>
    public ShutdownSignal(Action<string> report)
    {
        _report = report;
        _registrations = [.. ((PosixSignal[])[PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT])
            .Select(signal => PosixSignalRegistration.Create(signal, Handle))];
    }

    /// <summary>Cancelled by the first signal: stop everything gracefully.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Cancelled by the second signal: kill whatever still runs.</summary>
    public CancellationToken Forced => _forced.Token;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (PosixSignalRegistration registration in _registrations)
        {
            registration.Dispose();
        }

        _stopping.Dispose();
        _forced.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        if (!_stopping.IsCancellationRequested)
        {
            _report($"{context.Signal}: stopping (again to kill at once)");
            _stopping.Cancel();
        }
        else if (!_forced.IsCancellationRequested)
        {
            _report($"{context.Signal}: killing what still runs");
            _forced.Cancel();
        }
    }
}
