using GameLibrary.Catalog.GraphQL.Inputs;
using GameLibrary.Catalog.GraphQL.Loaders;
using GameLibrary.Catalog.GraphQL.Support;
using GameLibrary.Catalog.GraphQL.Types;
using GameLibrary.Catalog.Queries;
using GameLibrary.Catalog.Search;

using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Catalog.GraphQL;

/// <summary>The catalog's root query fields.</summary>
public sealed class CatalogQuery : ObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public CatalogQuery()
    {
        Name = "Query";
        Field<GameType>("game")
            .Description("The game with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => context.RequestServices!.GetRequiredService<GameByIdLoader>().LoadAsync(CatalogIds.Argument(context, "id")));
        Field<GameType>("gameBySlug")
            .Description("The game with this slug, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .Resolve(context => context.RequestServices!.GetRequiredService<GameBySlugLoader>().LoadAsync(context.GetArgument<string>("slug")));
        GameConnectionField.Add(
                this,
                "games",
                context => GameFilterInputType.Read(context.GetArgument<Dictionary<string, object?>?>("filter")))
            .Argument<GameFilterInputType>("filter", "Which games; all when omitted.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GameType>>>>("searchGames")
            .Description("Games whose titles resemble the query (typos allowed), most similar first.")
            .Argument<NonNullGraphType<StringGraphType>>("query")
            .Argument<IntGraphType>("first", $"How many results, 0 to {GameSearch.MaxResults}; 10 when omitted.")
            .ResolveAsync(async context => await CatalogErrors.GuardAsync(context, () =>
                context.RequestServices!.GetRequiredService<GameSearch>().SearchAsync(
                    context.GetArgument<string>("query"), context.GetArgument<int?>("first") ?? 10, context.CancellationToken)).ConfigureAwait(false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GenreType>>>>("genres")
            .Description("All genres by name.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<ReferenceData>()
                .GetGenresAsync(context.CancellationToken).ConfigureAwait(false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlatformType>>>>("platforms")
            .Description("All platforms by name.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<ReferenceData>()
                .GetPlatformsAsync(context.CancellationToken).ConfigureAwait(false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompanyType>>>>("companies")
            .Description("All companies by name.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<ReferenceData>()
                .GetCompaniesAsync(context.CancellationToken).ConfigureAwait(false));
    }
}
