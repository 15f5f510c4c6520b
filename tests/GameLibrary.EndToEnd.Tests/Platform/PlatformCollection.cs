namespace GameLibrary.EndToEnd.Tests.Platform;

/// <summary>
/// The test classes that start an <see cref="EmbeddedPlatform"/> run one after another: each platform is four hosts and
/// a Garnet, and side by side on a 2-core box they would slow each other past the live-update deadlines.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection
{
    public const string Name = "Embedded platform";
}
