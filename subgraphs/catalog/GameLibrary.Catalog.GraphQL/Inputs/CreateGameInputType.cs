using GameLibrary.Catalog.Commands;
using GameLibrary.Catalog.GraphQL.Support;

using GraphQL.Types;

namespace GameLibrary.Catalog.GraphQL.Inputs;

/// <summary>The <c>CreateGameInput</c> input.</summary>
public sealed class CreateGameInputType : InputObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public CreateGameInputType()
    {
        Name = "CreateGameInput";
        Field<NonNullGraphType<StringGraphType>>("title").Description("1 to 200 characters.");
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Unique; lower-case letters and digits joined by single hyphens, at most 100 characters.");
        Field<StringGraphType>("summary").Description("At most 4,000 characters.");
        Field<NonNullGraphType<DateOnlyGraphType>>("releaseDate").Description("On or after 1950-01-01.");
        Field<StringGraphType>("coverUrl").Description("An absolute http(s) URL.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("genreIds");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("platformIds");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("developerIds");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("publisherIds");
    }

    /// <summary>Reads the argument value.</summary>
    /// <param name="value">The coerced input object.</param>
    public static GameDraft Read(Dictionary<string, object?> value) => new()
    {
        Title = (string)value["title"]!,
        Slug = (string)value["slug"]!,
        Summary = value.GetValueOrDefault("summary") as string,
        ReleaseDate = (DateOnly)value["releaseDate"]!,
        CoverUrl = value.GetValueOrDefault("coverUrl") as string,
        GenreIds = CatalogIds.ParseList(value.GetValueOrDefault("genreIds"), "genreIds") ?? [],
        PlatformIds = CatalogIds.ParseList(value.GetValueOrDefault("platformIds"), "platformIds") ?? [],
        DeveloperIds = CatalogIds.ParseList(value.GetValueOrDefault("developerIds"), "developerIds") ?? [],
        PublisherIds = CatalogIds.ParseList(value.GetValueOrDefault("publisherIds"), "publisherIds") ?? [],
    };
}
