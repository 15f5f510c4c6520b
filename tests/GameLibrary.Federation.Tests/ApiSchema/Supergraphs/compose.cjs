// Composes each scenario folder's subgraph SDLs (every *.graphql except supergraph*.graphql and api.*.graphql) with
// @theguild/federation-composition (supergraph.graphql) and @apollo/composition (supergraph.apollo.graphql),
// and prints Apollo's own API schema of the supergraph (api.apollo.graphql) — the reference the API schema
// tests compare against. Run from a folder whose node_modules has both composers and graphql:
//   node compose.cjs <scenario-dir> [...]
const { readdirSync, readFileSync, writeFileSync } = require("fs");
const { join, basename } = require("path");
const { parse, printSchema } = require("graphql");
const apollo = require("@apollo/composition");
const guild = require("@theguild/federation-composition");

let failed = false;
for (const dir of process.argv.slice(2)) {
  const services = readdirSync(dir)
    .filter((f) => f.endsWith(".graphql") && !f.startsWith("supergraph") && !f.startsWith("api."))
    .sort()
    .map((f) => ({ name: basename(f, ".graphql"), typeDefs: parse(readFileSync(join(dir, f), "utf8")), url: `http://${basename(f, ".graphql")}.invalid/graphql` }));

  const byGuild = guild.composeServices(services);
  if (guild.compositionHasErrors(byGuild)) {
    failed = true;
    console.error(`${dir}: @theguild/federation-composition failed\n  ${byGuild.errors.map((e) => e.message).join("\n  ")}`);
  } else {
    writeFileSync(join(dir, "supergraph.graphql"), byGuild.supergraphSdl.trimEnd() + "\n");
  }

  const byApollo = apollo.composeServices(services);
  if (byApollo.errors) {
    failed = true;
    console.error(`${dir}: @apollo/composition failed\n  ${byApollo.errors.map((e) => e.message).join("\n  ")}`);
  } else {
    writeFileSync(join(dir, "supergraph.apollo.graphql"), byApollo.supergraphSdl.trimEnd() + "\n");
    writeFileSync(join(dir, "api.apollo.graphql"), printSchema(byApollo.schema.toAPISchema().toGraphQLJSSchema()).trimEnd() + "\n");
  }
}
process.exit(failed ? 1 : 0);
