using GameLibrary.Catalog.GraphQL.Support;
using GameLibrary.Catalog.Queries;

using GraphQL.Types;

namespace GameLibrary.Catalog.GraphQL.Inputs;

/// <summary>The <c>GameFilter</c> input; every given criterion must hold.</summary>
public sealed class GameFilterInputType : InputObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public GameFilterInputType()
    {
        Name = "GameFilter";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("genreIds").Description("Games in any of these genres.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("platformIds").Description("Games on any of these platforms.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("companyIds").Description("Games developed or published by any of these companies.");
        Field<DateOnlyGraphType>("releasedAfter").Description("Games released on or after this date.");
        Field<DateOnlyGraphType>("releasedBefore").Description("Games released on or before this date.");
        Field<StringGraphType>("search").Description("Games whose title contains this text, ignoring case.");
    }

    /// <summary>Reads the argument value; no criteria when absent.</summary>
    /// <param name="value">The coerced input object.</param>
    public static GameFilter Read(Dictionary<string, object?>? value) =>
        value is null
            ? new GameFilter()
            : new GameFilter
            {
                GenreIds = CatalogIds.ParseList(value.GetValueOrDefault("genreIds"), "filter.genreIds"),
                PlatformIds = CatalogIds.ParseList(value.GetValueOrDefault("platformIds"), "filter.platformIds"),
                CompanyIds = CatalogIds.ParseList(value.GetValueOrDefault("companyIds"), "filter.companyIds"),
                ReleasedAfter = value.GetValueOrDefault("releasedAfter") as DateOnly?,
                ReleasedBefore = value.GetValueOrDefault("releasedBefore") as DateOnly?,
                Search = value.GetValueOrDefault("search") as string,
            };
}
