namespace GameLibrary.Federation.Composition.Model;

/// <summary>One argument of an applied directive.</summary>
internal sealed record DirectiveArgument(string Name, Value Value)
{
    public override string ToString() => $"{Name}: {Value}";
}
