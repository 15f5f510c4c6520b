using System.Text.Json;

namespace GameLibrary.Events.Tests;

public sealed class DomainEventTests
{
    [Fact]
    public void CreateNamesTheEventAfterThePayloadTypeAndSerializesItInCamelCase()
    {
        var gameId = Guid.NewGuid();

        var domainEvent = DomainEvent.Create("catalog", new GameCreated(gameId, "Hades", 7));

        Assert.Equal(("catalog", "GameCreated"), (domainEvent.Log, domainEvent.Type));
        Assert.Equal($$"""{"gameId":"{{gameId}}","title":"Hades","number":7}""", domainEvent.Payload);
        Assert.Equal(new GameCreated(gameId, "Hades", 7), domainEvent.GetPayload<GameCreated>());
        Assert.Equal(TimeSpan.Zero, domainEvent.OccurredAt.Offset);
    }

    [Fact]
    public void IdsAreUniqueTimeBasedVersion7Guids()
    {
        var ids = Enumerable.Range(0, 100).Select(i => DomainEvent.Create("catalog", new GameCreated(Guid.Empty, "x", i)).Id).ToList();

        Assert.Equal(100, ids.Distinct().Count());
        Assert.Equal(7, ids[0].Version);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("{tag}")]
    [InlineData("-leading-dash")]
    public void LogNamesThatWouldBreakRedisKeysAreRejected(string log)
    {
        Assert.ThrowsAny<ArgumentException>(() => DomainEvent.Create(log, new GameCreated(Guid.Empty, "x", 0)));
    }

    [Fact]
    public void ANullPayloadCannotBeRead()
    {
        var domainEvent = new DomainEvent(Guid.NewGuid(), "catalog", "Nothing", DateTimeOffset.UtcNow, "null");

        Assert.Throws<JsonException>(() => domainEvent.GetPayload<GameCreated>());
    }
}
