using System.Globalization;

using GameLibrary.AppHost.Output;

namespace GameLibrary.AppHost.Processes;

/// <summary>
/// The children the launcher started, each in a tier: what starts in a later tier depends on what runs in earlier ones
/// (the gateway on the subgraphs), so stopping goes tier by tier from the last, each tier's children together, and a
/// tier is asked to stop only once the later ones have exited.
/// </summary>
/// <param name="output">Where the children's output goes.</param>
/// <param name="report">Told when a child is asked to stop and when it has stopped.</param>
internal sealed class ChildProcessGroup(IChildOutput output, Action<string> report) : IAsyncDisposable
{
    private readonly List<(ChildProcess Child, int Tier)> _children = [];

    /// <summary>The running and exited children, in start order.</summary>
    public IReadOnlyList<ChildProcess> Children => [.. _children.Select(entry => entry.Child)];

    /// <summary>Starts a child.</summary>
    /// <param name="spec">What to start.</param>
    /// <param name="tier">Its tier: higher tiers are stopped first.</param>
    public ChildProcess Start(ProcessSpec spec, int tier)
    {
        ChildProcess child = ChildProcess.Start(spec, output);
        _children.Add((child, tier));
        return child;
    }

    /// <summary>Stops every child still running, the highest tier first.</summary>
    /// <param name="gracePeriod">How long each child may take to stop before it is killed.</param>
    /// <param name="force">Cancelled to kill what still runs at once.</param>
    public async Task StopAllAsync(TimeSpan gracePeriod, CancellationToken force)
    {
        foreach (IGrouping<int, ChildProcess> tier in _children
            .Where(entry => !entry.Child.Exited.IsCompleted)
            .GroupBy(entry => entry.Tier, entry => entry.Child)
            .OrderByDescending(tier => tier.Key)
            .ToList())
        {
            await Task.WhenAll(tier.Select(child => StopAsync(child, gracePeriod, force))).ConfigureAwait(false);
        }
    }

    /// <summary>Kills whatever still runs and releases the processes.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach ((ChildProcess child, _) in _children)
        {
            await child.DisposeAsync().ConfigureAwait(false);
        }

        _children.Clear();
    }

    private async Task StopAsync(ChildProcess child, TimeSpan gracePeriod, CancellationToken force)
    {
        report($"stopping {child.Name}");
        int exitCode = await child.StopAsync(gracePeriod, force).ConfigureAwait(false);
        report(string.Create(CultureInfo.InvariantCulture, $"{child.Name} stopped (exit code {exitCode})"));
    }
}
