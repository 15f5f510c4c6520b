// Composes the supergraphs of the gateway host tests with @theguild/federation-composition:
//   supergraph-v1.graphql  products-v1 + reviews (Product without price)
//   supergraph-v2.graphql  products + reviews    (what hot reload swaps in)
// Usage: npm install && node compose.mjs. Subgraph URLs are placeholders (http://<name>.invalid/graphql);
// the tests point the gateway at the in-process subgraphs with Gateway:Subgraphs:<name>:Url.
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "graphql";
import { composeServices, compositionHasErrors } from "@theguild/federation-composition";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const supergraphs = {
  "supergraph-v1.graphql": { products: "products-v1.graphql", reviews: "reviews.graphql" },
  "supergraph-v2.graphql": { products: "products.graphql", reviews: "reviews.graphql" },
};

let failed = false;
for (const [target, subgraphs] of Object.entries(supergraphs)) {
  const services = Object.entries(subgraphs).map(([name, file]) => ({
    name,
    typeDefs: parse(readFileSync(join(root, file), "utf8")),
    url: `http://${name}.invalid/graphql`,
  }));
  const result = composeServices(services);
  if (compositionHasErrors(result)) {
    failed = true;
    console.error(`${target}: composition failed`);
    for (const error of result.errors) console.error(`  ${error.message}`);
    continue;
  }

  writeFileSync(join(root, target), result.supergraphSdl.trimEnd() + "\n");
  console.log(`${target}: composed`);
}

process.exit(failed ? 1 : 0);
