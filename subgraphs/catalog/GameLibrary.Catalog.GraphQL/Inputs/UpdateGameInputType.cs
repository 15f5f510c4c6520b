using GameLibrary.Catalog.Commands;
using GameLibrary.Catalog.GraphQL.Support;

using GraphQL.Types;

namespace GameLibrary.Catalog.GraphQL.Inputs;

/// <summary>The <c>UpdateGameInput</c> input: omitted or null fields stay unchanged; a given id list replaces the links.</summary>
public sealed class UpdateGameInputType : InputObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public UpdateGameInputType()
    {
        Name = "UpdateGameInput";
        Field<StringGraphType>("title").Description("1 to 200 characters.");
        Field<StringGraphType>("slug").Description("Unique; lower-case letters and digits joined by single hyphens.");
        Field<StringGraphType>("summary").Description("At most 4,000 characters; an empty string removes it.");
        Field<DateOnlyGraphType>("releaseDate").Description("On or after 1950-01-01.");
        Field<StringGraphType>("coverUrl").Description("An absolute http(s) URL; an empty string removes it.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("genreIds");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("platformIds");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("developerIds");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("publisherIds");
    }

    /// <summary>Reads the argument value.</summary>
    /// <param name="value">The coerced input object.</param>
    public static GameChanges Read(Dictionary<string, object?> value) => new()
    {
        Title = value.GetValueOrDefault("title") as string,
        Slug = value.GetValueOrDefault("slug") as string,
        Summary = value.GetValueOrDefault("summary") as string,
        ReleaseDate = value.GetValueOrDefault("releaseDate") as DateOnly?,
        CoverUrl = value.GetValueOrDefault("coverUrl") as string,
        GenreIds = CatalogIds.ParseList(value.GetValueOrDefault("genreIds"), "genreIds"),
        PlatformIds = CatalogIds.ParseList(value.GetValueOrDefault("platformIds"), "platformIds"),
        DeveloperIds = CatalogIds.ParseList(value.GetValueOrDefault("developerIds"), "developerIds"),
        PublisherIds = CatalogIds.ParseList(value.GetValueOrDefault("publisherIds"), "publisherIds"),
    };
}
