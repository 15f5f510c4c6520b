using GameLibrary.Federation.Planning;

namespace GameLibrary.Federation.Tests.Planning;

/// <summary>When two entity jumps' representations cannot share one <c>_entities</c> fetch.</summary>
public sealed class InputCollectorTests
{
    [Fact]
    public void OneFieldReadFromTwoResponseKeysConflicts()
    {
        var eur = Representation();
        eur.Field("price", "price", composite: false);
        var usd = Representation();
        usd.Field("__gl_k0", "price", composite: false);

        Assert.True(eur.ConflictsWith(usd));
    }

    [Fact]
    public void SameFieldsAndOtherFieldsDoNotConflict()
    {
        var first = Representation();
        first.Field("price", "price", composite: false);
        var second = Representation();
        second.Field("price", "price", composite: false);
        second.Field("weight", "weight", composite: false);

        Assert.False(first.ConflictsWith(second));
    }

    [Fact]
    public void ConflictsAreFoundInsideNestedFieldsAndTypeConditions()
    {
        var first = Representation();
        first.Fragment("Book", new HashSet<string> { "Book" }).Field("dimensions", "dimensions", composite: true)!.Field("size", "size", composite: false);
        var second = Representation();
        second.Fragment("Book", new HashSet<string> { "Book" }).Field("dimensions", "dimensions", composite: true)!.Field("__gl_k1", "size", composite: false);

        Assert.True(first.ConflictsWith(second));
    }

    private static InputCollector Representation() => new([]);
}
