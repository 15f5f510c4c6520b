namespace GameLibrary.Users.Library;

/// <summary>Where a game stands in a player's library.</summary>
public enum LibraryStatus
{
    /// <summary>Wanted, not owned.</summary>
    Wishlist,

    /// <summary>Owned, not started.</summary>
    Owned,

    /// <summary>Being played.</summary>
    Playing,

    /// <summary>Finished.</summary>
    Completed,

    /// <summary>Abandoned.</summary>
    Dropped,
}
