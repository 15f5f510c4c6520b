namespace GameLibrary.Recommendations.Serving;

/// <summary>The window trending games are measured over, against the window before it.</summary>
public enum TrendWindow
{
    /// <summary>The last 24 hours.</summary>
    Day,

    /// <summary>The last 7 days.</summary>
    Week,

    /// <summary>The last 30 days.</summary>
    Month,
}
