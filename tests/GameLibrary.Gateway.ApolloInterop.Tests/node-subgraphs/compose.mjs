// Composes the four subgraphs with Apollo's composition (@apollo/composition) into supergraph.graphql.
// The SDLs come from the subgraph modules that serve.mjs serves, so the supergraph matches what runs.
// Subgraph URLs are placeholders (http://<name>.invalid/graphql): the tests point the gateway at the
// live processes. Usage: node compose.mjs [--check]   (--check: fail when supergraph.graphql is stale)
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { subgraphs } from "./subgraphs/index.mjs";

const target = new URL("./supergraph.graphql", import.meta.url);
const check = process.argv.includes("--check");

const result = composeServices(
  Object.values(subgraphs).map(({ name, typeDefs }) => ({ name, typeDefs, url: `http://${name}.invalid/graphql` })),
);
if (result.errors) {
  for (const error of result.errors) console.error(error.toString());
  process.exit(1);
}
for (const hint of result.hints) console.warn(`hint: ${hint.toString()}`);

const supergraph = result.supergraphSdl.trimEnd() + "\n";
const previous = existsSync(target) ? readFileSync(target, "utf8") : null;
if (check) {
  if (previous !== supergraph) {
    console.error("supergraph.graphql is stale: run `node compose.mjs` in node-subgraphs/");
    process.exit(1);
  }
  console.log("supergraph.graphql is up to date");
} else {
  writeFileSync(target, supergraph);
  console.log(previous === supergraph ? "supergraph.graphql unchanged" : "supergraph.graphql written");
}
