namespace GameLibrary.Scoreboard.Boards;

/// <summary>
/// Whether the Redis boards may lack updates (a write failed, or Redis was unreachable): until a rebuild clears it, reads
/// go to SQL and the readiness check reports degraded.
/// </summary>
public sealed class BoardState
{
    private int _needsRepair;

    /// <summary>Whether a rebuild is owed.</summary>
    public bool NeedsRepair => Volatile.Read(ref _needsRepair) == 1;

    /// <summary>Records that Redis missed an update.</summary>
    public void MarkNeedsRepair() => Volatile.Write(ref _needsRepair, 1);

    /// <summary>Clears the flag before a rebuild starts; a write failing during it sets it again.</summary>
    public void ClearBeforeRebuild() => Volatile.Write(ref _needsRepair, 0);
}
