using GameLibrary.Catalog.Host;
using GameLibrary.Subgraph.Toolkit.Hosting;

WebApplication app = CatalogSubgraph.CreateBuilder(args).Build();
return SeedCommand.Matches(args) ? await SeedCommand.RunAsync(app, args) : await app.RunSubgraphAsync(args);
