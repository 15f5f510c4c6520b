namespace GameLibrary.Gateway.Tests.Subgraphs.Reviews;

public sealed record Review(int Id, int ProductId, string Body);
