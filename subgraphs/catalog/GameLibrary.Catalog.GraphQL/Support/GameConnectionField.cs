using GameLibrary.Catalog.GraphQL.Inputs;
using GameLibrary.Catalog.GraphQL.Types;
using GameLibrary.Catalog.Queries;

using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Catalog.GraphQL.Support;

/// <summary>Adds a paged <c>GameConnection</c> field (<c>order</c>, <c>first</c>, <c>after</c>) to a type.</summary>
internal static class GameConnectionField
{
    /// <summary>Adds the field; <paramref name="filterOf"/> gives the listing's filter from the resolve context.</summary>
    public static FieldBuilder<TSource, object> Add<TSource>(
        ObjectGraphType<TSource> type, string name, Func<IResolveFieldContext<TSource>, GameFilter> filterOf) =>
        type.Field<NonNullGraphType<GameConnectionType>>(name)
            .Description("Games, a page at a time (keyset paging: deep pages are as fast as the first).")
            .Argument<GameOrderInputType>("order", "The sort order; by title A–Z when omitted.")
            .Argument<IntGraphType>(
                "first",
                $"How many games, 0 to {GamePageRequest.MaxPageSize}; {GamePageRequest.DefaultPageSize} when omitted.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async context => await CatalogErrors.GuardAsync(context, () =>
            {
                GameFilter filter = filterOf(context);
                GamePageRequest request = new(
                    filter,
                    GameOrderInputType.Read(context.GetArgument<Dictionary<string, object?>?>("order")),
                    context.GetArgument<int?>("first") ?? GamePageRequest.DefaultPageSize,
                    context.GetArgument<string?>("after"),
                    IncludeTotalCount: context.SubFields?.ContainsKey("totalCount") ?? false);
                return context.RequestServices!.GetRequiredService<GameQueries>().GetPageAsync(request, context.CancellationToken);
            }).ConfigureAwait(false));
}
