namespace GameLibrary.Federation.Composition.Merging;

/// <summary>Where an enum is used in the supergraph, which decides how its values merge, with a first example of each use.</summary>
internal sealed class EnumUsage
{
    public string? InputExample { get; set; }

    public string? OutputExample { get; set; }

    public bool IsInput => InputExample is not null;

    public bool IsOutput => OutputExample is not null;
}
