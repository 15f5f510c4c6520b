using GameLibrary.Catalog.Commands;
using GameLibrary.Catalog.GraphQL.Inputs;
using GameLibrary.Catalog.GraphQL.Support;
using GameLibrary.Catalog.GraphQL.Types;
using GameLibrary.Subgraph.Toolkit.Authorization;

using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Catalog.GraphQL;

/// <summary>The catalog's mutations; all need the <c>admin</c> role.</summary>
public sealed class CatalogMutation : ObjectGraphType
{
    /// <summary>The role allowed to change the catalog.</summary>
    public const string AdminRole = "admin";

    /// <summary>Creates the type.</summary>
    public CatalogMutation()
    {
        Name = "Mutation";
        Field<NonNullGraphType<GameType>>("createGame")
            .Description("Adds a game. Errors: BAD_USER_INPUT (invalid or unknown value), CONFLICT (slug taken).")
            .Argument<NonNullGraphType<CreateGameInputType>>("input")
            .RequireRole(AdminRole)
            .ResolveAsync(async context => await CatalogErrors.GuardAsync(context, () =>
                context.RequestServices!.GetRequiredService<GameCommands>().CreateAsync(
                    CreateGameInputType.Read(context.GetArgument<Dictionary<string, object?>>("input")),
                    context.CancellationToken)).ConfigureAwait(false));
        Field<NonNullGraphType<GameType>>("updateGame")
            .Description("Changes a game. Errors: NOT_FOUND, BAD_USER_INPUT, CONFLICT (slug taken).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<UpdateGameInputType>>("input")
            .RequireRole(AdminRole)
            .ResolveAsync(async context => await CatalogErrors.GuardAsync(context, () =>
                context.RequestServices!.GetRequiredService<GameCommands>().UpdateAsync(
                    CatalogIds.Argument(context, "id"),
                    UpdateGameInputType.Read(context.GetArgument<Dictionary<string, object?>>("input")),
                    context.CancellationToken)).ConfigureAwait(false));
        Field<NonNullGraphType<IdGraphType>>("deleteGame")
            .Description("Deletes a game and returns its id. Errors: NOT_FOUND.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireRole(AdminRole)
            .ResolveAsync(async context => await CatalogErrors.GuardAsync(context, async () =>
            {
                long id = CatalogIds.Argument(context, "id");
                await context.RequestServices!.GetRequiredService<GameCommands>().DeleteAsync(id, context.CancellationToken).ConfigureAwait(false);
                return (object)id;
            }).ConfigureAwait(false));
    }
}
