namespace GameLibrary.Recommendations.Model;

/// <summary>Orders neighbors worst first: lower score, then higher id (so the best are highest score, lowest id).</summary>
internal sealed class NeighborOrder : IComparer<Neighbor>
{
    public static NeighborOrder WorstFirst { get; } = new();

    public int Compare(Neighbor x, Neighbor y)
    {
        int byScore = x.Match.Score.CompareTo(y.Match.Score);
        return byScore != 0 ? byScore : y.GameId.CompareTo(x.GameId);
    }
}
