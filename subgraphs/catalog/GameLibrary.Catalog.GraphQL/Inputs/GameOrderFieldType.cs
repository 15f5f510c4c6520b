using GameLibrary.Catalog.Queries;

using GraphQL.Types;

namespace GameLibrary.Catalog.GraphQL.Inputs;

/// <summary>The <c>GameOrderField</c> enum: TITLE, RELEASE_DATE, CREATED_AT.</summary>
public sealed class GameOrderFieldType : EnumerationGraphType<GameOrderField>
{
    /// <summary>Creates the type.</summary>
    public GameOrderFieldType()
    {
        Name = "GameOrderField";
        Description = "What games are sorted by; ties are broken by id.";
    }
}
