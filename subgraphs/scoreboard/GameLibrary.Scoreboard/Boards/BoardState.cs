namespace GameLibrary.Scoreboard.Boards;

/// <summary>
/// Whether the Redis boards may lack updates (a write failed, or Redis was unreachable) or are being rebuilt: until a
/// rebuild completes, reads go to SQL and the readiness check reports degraded.
/// </summary>
public sealed class BoardState
{
    private int _needsRepair;
    private int _rebuilding;

    /// <summary>Whether a rebuild is owed.</summary>
    public bool NeedsRepair => Volatile.Read(ref _needsRepair) == 1;

    /// <summary>Whether a rebuild is running (its boards are incomplete meanwhile).</summary>
    public bool Rebuilding => Volatile.Read(ref _rebuilding) == 1;

    /// <summary>Records that Redis missed an update.</summary>
    public void MarkNeedsRepair() => Volatile.Write(ref _needsRepair, 1);

    /// <summary>Marks a rebuild as started: a write failing from now on owes another one.</summary>
    public void RebuildStarted()
    {
        Volatile.Write(ref _rebuilding, 1);
        Volatile.Write(ref _needsRepair, 0);
    }

    /// <summary>Marks the rebuild as over.</summary>
    public void RebuildEnded() => Volatile.Write(ref _rebuilding, 0);
}
