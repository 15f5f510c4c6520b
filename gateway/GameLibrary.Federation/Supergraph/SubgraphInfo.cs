namespace GameLibrary.Federation.Supergraph;

/// <summary>One subgraph of a supergraph (a value of the <c>join__Graph</c> enum).</summary>
/// <param name="Name">The subgraph's name (the <c>name</c> argument of <c>@join__graph</c>), used in plans and options.</param>
/// <param name="EnumValue">The <c>join__Graph</c> enum value that names it in join directives.</param>
/// <param name="Url">The subgraph's URL as composed (options may override it).</param>
internal sealed record SubgraphInfo(string Name, string EnumValue, string Url);
