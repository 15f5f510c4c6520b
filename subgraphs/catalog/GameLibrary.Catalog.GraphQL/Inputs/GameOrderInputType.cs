using GameLibrary.Catalog.Queries;

using GraphQL.Types;

namespace GameLibrary.Catalog.GraphQL.Inputs;

/// <summary>The <c>GameOrder</c> input: a field and a direction.</summary>
public sealed class GameOrderInputType : InputObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public GameOrderInputType()
    {
        Name = "GameOrder";
        Field<NonNullGraphType<GameOrderFieldType>>("field");
        Field<SortDirectionType>("direction").Description("ASC when omitted.");
    }

    /// <summary>Reads the argument value; the default order when absent.</summary>
    /// <param name="value">The coerced input object.</param>
    public static GameOrder Read(Dictionary<string, object?>? value) =>
        value is null
            ? GameOrder.Default
            : new GameOrder(
                (GameOrderField)value["field"]!,
                value.TryGetValue("direction", out object? direction) && direction is SortDirection given ? given : SortDirection.Ascending);
}
