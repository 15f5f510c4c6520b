namespace GameLibrary.Scoreboard.Scores;

/// <summary>The answer to a submission; a retry with the same key gets the same score back.</summary>
/// <param name="Score">The stored score.</param>
/// <param name="Rank">The player's current rank on the game's all-time board; <see langword="null"/> when the score is not accepted.</param>
/// <param name="Duplicate">Whether this was a retry of a stored submission.</param>
public sealed record SubmissionResult(Score Score, long? Rank, bool Duplicate);
