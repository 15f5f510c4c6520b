namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

public sealed record Review(int Id, int ProductId, string Body);
