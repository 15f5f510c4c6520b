namespace GameLibrary.Federation.Composition.Model;

/// <summary>A directive applied to a schema element, with its arguments in the order they were written.</summary>
internal sealed class AppliedDirective(string name, IReadOnlyList<DirectiveArgument> arguments)
{
    public AppliedDirective(string name, params (string Name, Value? Value)[] arguments)
        : this(name, arguments.Where(a => a.Value is not null).Select(a => new DirectiveArgument(a.Name, a.Value!)).ToList())
    {
    }

    public string Name { get; } = name;

    public IReadOnlyList<DirectiveArgument> Arguments { get; } = arguments;

    /// <summary>True when it was written on an <c>extend</c> block rather than on the definition.</summary>
    public bool OnExtension { get; init; }

    public Value? Argument(string name) => Arguments.FirstOrDefault(a => a.Name == name)?.Value;

    public string? StringArgument(string name) => Argument(name) is StringValue s ? s.Text : null;

    public bool? BooleanArgument(string name) => Argument(name) is BooleanValue b ? b.Value : null;

    /// <summary>Same name and the same arguments, in any order.</summary>
    public bool SameAs(AppliedDirective other) =>
        Name == other.Name
        && Arguments.Count == other.Arguments.Count
        && Arguments.All(a => Equals(other.Argument(a.Name), a.Value));

    public override string ToString() =>
        Arguments.Count == 0 ? "@" + Name : $"@{Name}({string.Join(", ", Arguments)})";
}
