// Serves one subgraph: node serve.mjs <accounts|products|reviews|inventory>
// Listens on 127.0.0.1:$PORT (0 or unset: a free port) and prints "ready <url>" once it accepts requests.
// With EXIT_WITH_STDIN=1 it exits when its standard input closes, so a test host that dies
// (even killed outright) never leaves a subgraph behind.
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { subgraphs } from "./subgraphs/index.mjs";

const name = process.argv[2];
const subgraph = subgraphs[name];
if (!subgraph) {
  console.error(`usage: node serve.mjs <${Object.keys(subgraphs).join("|")}>`);
  process.exit(2);
}

if (process.env.EXIT_WITH_STDIN === "1") {
  process.stdin.on("end", () => process.exit(0));
  process.stdin.on("close", () => process.exit(0));
  process.stdin.resume();
}

const server = new ApolloServer({
  schema: buildSubgraphSchema({ typeDefs: subgraph.typeDefs, resolvers: subgraph.resolvers }),
  // Errors reach the gateway as a subgraph would send them in production: message, path, extensions.code.
  includeStacktraceInErrorResponses: false,
  // No federated tracing (ftv1): nothing here reports usage to Apollo.
  plugins: [ApolloServerPluginInlineTraceDisabled()],
});

const port = Number.parseInt(process.env.PORT ?? "0", 10);
const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port } });
console.log(`ready ${new URL("graphql", url)}`);
