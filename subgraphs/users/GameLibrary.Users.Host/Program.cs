using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Users.GraphQL;

WebApplication app = UsersSubgraph.CreateBuilder(args).Build();
return await app.RunSubgraphAsync(args);
