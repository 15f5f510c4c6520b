using GameLibrary.Users.Library;

using GraphQL.Types;

namespace GameLibrary.Users.GraphQL.Types;

/// <summary>The <c>LibraryStatus</c> enum.</summary>
public sealed class LibraryStatusType : EnumerationGraphType<LibraryStatus>
{
    /// <summary>Creates the type.</summary>
    public LibraryStatusType()
    {
        Name = "LibraryStatus";
        Description = "Where a game stands in a player's library.";
    }
}
