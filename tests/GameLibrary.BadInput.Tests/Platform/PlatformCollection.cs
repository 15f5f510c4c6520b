namespace GameLibrary.BadInput.Tests.Platform;

/// <summary>The corpus's test classes share one <see cref="HostilePlatform"/>: five hosts started once.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<HostilePlatform>
{
    public const string Name = "Hostile platform";
}
