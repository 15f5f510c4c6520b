namespace GameLibrary.Drills.Tests.Support;

/// <summary>The drills and the soak run one after another on one <see cref="DrillPlatform"/>.</summary>
[CollectionDefinition(Name)]
public sealed class DrillCollection : ICollectionFixture<DrillPlatform>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Drills";
}
