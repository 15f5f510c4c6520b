using GameLibrary.Recommendations.GraphQL;
using GameLibrary.Recommendations.Host;
using GameLibrary.Subgraph.Toolkit.Hosting;

WebApplication app = RecommendationsSubgraph.CreateBuilder(args).Build();
return RebuildCommand.Matches(args) ? await RebuildCommand.RunAsync(app, args) : await app.RunSubgraphAsync(args);
