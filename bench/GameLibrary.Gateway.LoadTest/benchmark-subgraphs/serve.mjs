// Serves one benchmark subgraph: node serve.mjs <accounts|inventory|products|reviews>
// POST /graphql is GraphQL (counted); GET /requests answers how many GraphQL requests arrived, and
// DELETE /requests sets the count back to 0 — so the harness can count the subgraph requests of one query.
// Listens on 127.0.0.1:$PORT (0 or unset: a free port) and prints "ready <url>" once it accepts requests. With
// EXIT_WITH_STDIN=1 it exits when its standard input closes, so a harness that dies never leaves it behind.
import { createServer } from "node:http";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { subgraphs } from "./subgraphs.mjs";

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
  includeStacktraceInErrorResponses: false,
  plugins: [ApolloServerPluginInlineTraceDisabled()],
});
await server.start();

let requests = 0;
const http = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/requests") {
    if (req.method === "DELETE") requests = 0;
    res.writeHead(200, { "content-type": "text/plain" }).end(String(requests));
    return;
  }

  if (url.pathname !== "/graphql" || req.method !== "POST") {
    res.writeHead(404).end();
    return;
  }

  requests++;
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }

  let body;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    res.writeHead(400).end();
    return;
  }

  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: "POST", headers, search: url.search, body },
    context: async () => ({}),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
});
http.keepAliveTimeout = 65_000;
http.listen(Number.parseInt(process.env.PORT ?? "0", 10), "127.0.0.1", () => {
  console.log(`ready http://127.0.0.1:${http.address().port}/graphql`);
});
