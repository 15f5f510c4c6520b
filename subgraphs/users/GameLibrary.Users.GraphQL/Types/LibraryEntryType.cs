using GameLibrary.DataLoader;
using GameLibrary.Users.GraphQL.Loaders;
using GameLibrary.Users.Library;

using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Users.GraphQL.Types;

/// <summary>A game in a player's library.</summary>
public sealed class LibraryEntryType : ObjectGraphType<LibraryEntry>
{
    /// <summary>Creates the type.</summary>
    public LibraryEntryType()
    {
        Name = "LibraryEntry";
        Description = "A game in a player's library.";
        Field<NonNullGraphType<GameType>>("game").Resolve(context => new GameReference { Id = context.Source.GameId });
        Field<NonNullGraphType<LibraryStatusType>>("status").Resolve(context => context.Source.Status);
        Field<IntGraphType>("rating")
            .Description("The owner's rating of the game, 1–10; null when unrated.")
            .Resolve(context => context.RequestServices!.GetRequiredService<RatingLoader>()
                .LoadAsync((context.Source.UserId, context.Source.GameId))
                .Then(rating => rating?.Rating));
        Field<NonNullGraphType<DateTimeGraphType>>("addedAt").Resolve(context => context.Source.AddedAt.UtcDateTime);
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Resolve(context => context.Source.UpdatedAt.UtcDateTime);
    }
}
