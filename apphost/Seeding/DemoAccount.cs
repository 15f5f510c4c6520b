namespace GameLibrary.AppHost.Seeding;

/// <summary>A demo account.</summary>
/// <param name="Username">Its username.</param>
/// <param name="DisplayName">Its display name.</param>
/// <param name="Entries">Its library entries and ratings.</param>
internal sealed record DemoAccount(string Username, string DisplayName, IReadOnlyList<DemoEntry> Entries)
{
    /// <summary>Its email address.</summary>
    public string Email => $"{Username}@example.com";
}
