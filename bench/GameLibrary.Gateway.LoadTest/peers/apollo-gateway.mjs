// Apollo's gateway over a supergraph file, the peer of our gateway in the load test:
//   node apollo-gateway.mjs <supergraph.graphql> [<subgraph>=<url> ...]
// Each <subgraph>=<url> replaces that subgraph's URL from the supergraph (as our gateway's
// --Gateway:Subgraphs:<name>:Url does). Listens on 127.0.0.1:$PORT (0 or unset: a free port) and prints
// "ready <url>" once it accepts requests. With EXIT_WITH_STDIN=1 it exits when its standard input closes,
// so a harness that dies never leaves it behind.
import { readFileSync } from "node:fs";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

const [supergraphPath, ...overrideArgs] = process.argv.slice(2);
if (!supergraphPath) {
  console.error("usage: node apollo-gateway.mjs <supergraph.graphql> [<subgraph>=<url> ...]");
  process.exit(2);
}

const urls = Object.fromEntries(overrideArgs.map((arg) => {
  const at = arg.indexOf("=");
  return [arg.slice(0, at), arg.slice(at + 1)];
}));

if (process.env.EXIT_WITH_STDIN === "1") {
  process.stdin.on("end", () => process.exit(0));
  process.stdin.on("close", () => process.exit(0));
  process.stdin.resume();
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphPath, "utf8"),
  buildService: ({ name, url }) => new RemoteGraphQLDataSource({ url: urls[name] ?? url }),
});

const server = new ApolloServer({ gateway, includeStacktraceInErrorResponses: false });
const port = Number.parseInt(process.env.PORT ?? "0", 10);
const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port } });
console.log(`ready ${url}`);
