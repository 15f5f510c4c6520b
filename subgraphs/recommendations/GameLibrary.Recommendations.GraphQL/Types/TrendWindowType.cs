using GameLibrary.Recommendations.Serving;

using GraphQL.Types;

namespace GameLibrary.Recommendations.GraphQL.Types;

/// <summary>The <c>TrendWindow</c> enum: DAY, WEEK, MONTH.</summary>
public sealed class TrendWindowType : EnumerationGraphType<TrendWindow>
{
    /// <summary>Creates the type.</summary>
    public TrendWindowType()
    {
        Name = "TrendWindow";
        Description = "The window trending games are measured over, against the window just before it.";
    }
}
