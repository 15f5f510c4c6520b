// Composes the subgraph SDLs of conformance scenarios into supergraph.graphql files with
// @theguild/federation-composition. Usage: node compose.mjs [scenario-dir ...] (default: every scenario).
// Subgraph URLs are placeholders (http://<name>.invalid/graphql); the test harness replaces them with the
// loopback addresses of the in-process subgraphs.
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, basename, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "graphql";
import { composeServices, compositionHasErrors } from "@theguild/federation-composition";

const here = dirname(fileURLToPath(import.meta.url));
const scenariosRoot = resolve(here, "..", "Scenarios");
const targets = process.argv.length > 2
  ? process.argv.slice(2).map((p) => resolve(p))
  : readdirSync(scenariosRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(scenariosRoot, d.name));

let failed = false;
for (const dir of targets) {
  const services = readdirSync(dir)
    .filter((f) => f.endsWith(".graphql") && f !== "supergraph.graphql")
    .sort()
    .map((f) => {
      const name = basename(f, ".graphql");
      return { name, typeDefs: parse(readFileSync(join(dir, f), "utf8")), url: `http://${name}.invalid/graphql` };
    });
  const result = composeServices(services);
  if (compositionHasErrors(result)) {
    failed = true;
    console.error(`${basename(dir)}: composition failed`);
    for (const e of result.errors) console.error(`  ${e.message}`);
    continue;
  }
  const target = join(dir, "supergraph.graphql");
  const previous = existsSync(target) ? readFileSync(target, "utf8") : null;
  writeFileSync(target, result.supergraphSdl.trimEnd() + "\n");
  console.log(`${basename(dir)}: ${previous === null ? "composed" : previous === result.supergraphSdl.trimEnd() + "\n" ? "unchanged" : "recomposed"}`);
}
process.exit(failed ? 1 : 0);
