namespace GameLibrary.Federation.DemandControl;

/// <summary>
/// Demand control: every operation's cost is estimated from the document and its variables before any subgraph
/// is called (Apollo's static estimate: objects 1, scalars and enums 0, lists times their size, <c>@cost</c> and
/// <c>@listSize</c> where the supergraph carries them) and refused with COST_ESTIMATED_TOO_EXPENSIVE over
/// <see cref="MaxCost"/>.
/// </summary>
public sealed class DemandControlOptions
{
    /// <summary>Whether estimates are checked against <see cref="MaxCost"/> (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The budget: the highest estimated cost an operation may have (default 50,000, the subgraphs' own complexity limit).</summary>
    public double MaxCost { get; set; } = 50_000;

    /// <summary>
    /// The size assumed for a list whose size no <c>@listSize</c> and no slicing argument tells (default 10, as in
    /// Apollo's examples).
    /// </summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>
    /// Argument names that bound the size of a list field (or of the lists of a connection it returns) when the field
    /// has no <c>@listSize</c>: their value (literal, variable or schema default) is the list's size. Default
    /// <c>first</c>, <c>last</c>, <c>limit</c>.
    /// </summary>
    public ISet<string> SlicingArguments { get; } = new HashSet<string>(StringComparer.Ordinal) { "first", "last", "limit" };
}
