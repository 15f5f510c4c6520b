using GameLibrary.Scoreboard.GraphQL;
using GameLibrary.Scoreboard.Host;
using GameLibrary.Subgraph.Toolkit.Hosting;

WebApplication app = ScoreboardSubgraph.CreateBuilder(args).Build();
return MaintenanceCommands.Matches(args) ? await MaintenanceCommands.RunAsync(app, args) : await app.RunSubgraphAsync(args);
