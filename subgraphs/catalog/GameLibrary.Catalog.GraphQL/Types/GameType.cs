using GameLibrary.Catalog.GraphQL.Loaders;
using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;

using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Catalog.GraphQL.Types;

/// <summary>The <c>Game</c> entity, keyed by id and by slug.</summary>
public sealed class GameType : ObjectGraphType<Game>
{
    /// <summary>Creates the type.</summary>
    public GameType()
    {
        Name = "Game";
        Description = "A video game in the catalog.";
        this.Key("id");
        this.Key("slug");
        Field(game => game.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(game => game.Title);
        Field(game => game.Slug).Description("Unique, URL-safe name.");
        Field(game => game.Summary, nullable: true);
        Field(game => game.ReleaseDate, type: typeof(NonNullGraphType<DateOnlyGraphType>));
        Field(game => game.CoverUrl, nullable: true);
        Field(game => game.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(game => game.UpdatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GenreType>>>>("genres")
            .Resolve(context => context.RequestServices!.GetRequiredService<GenresByGameLoader>().LoadAsync(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlatformType>>>>("platforms")
            .Resolve(context => context.RequestServices!.GetRequiredService<PlatformsByGameLoader>().LoadAsync(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompanyType>>>>("developers")
            .Resolve(context => context.RequestServices!.GetRequiredService<CompaniesByGameLoader>()
                .LoadAsync(new GameCompanyKey(context.Source.Id, CompanyRole.Developer)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompanyType>>>>("publishers")
            .Resolve(context => context.RequestServices!.GetRequiredService<CompaniesByGameLoader>()
                .LoadAsync(new GameCompanyKey(context.Source.Id, CompanyRole.Publisher)));

        // A representation carries one of the two keys; each is batched by its own loader.
        this.ResolveReference<Game>((context, representation) =>
        {
            IServiceProvider services = context.RequestServices!;
            return representation.Id > 0
                ? services.GetRequiredService<GameByIdLoader>().LoadAsync(representation.Id)
                : services.GetRequiredService<GameBySlugLoader>().LoadAsync(representation.Slug);
        });
    }
}
