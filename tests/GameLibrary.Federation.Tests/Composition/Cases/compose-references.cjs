// Regenerates the reference results of the composition test cases:
//   NODE_PATH=<node_modules holding @apollo/composition 2.14, @theguild/federation-composition 0.27, graphql 16> node compose-references.cjs <caseDir>...
// composes each <caseDir>/*.graphql (one file per subgraph, url http://<name>.example/graphql) with The Guild's and
// Apollo's composers and writes supergraph.<tool>.graphql, or errors.<tool>.json when composition fails.
const { readdirSync, readFileSync, writeFileSync, rmSync } = require("fs");
const { join, basename } = require("path");
const { parse } = require("graphql");
const guild = require("@theguild/federation-composition");
const apollo = require("@apollo/composition");
for (const dir of process.argv.slice(2)) {
  for (const f of readdirSync(dir)) if (/^(supergraph|errors)\.(guild|apollo)\./.test(f)) rmSync(join(dir, f));
  const errs = es => JSON.stringify(es.map(e => ({ code: e.extensions?.code ?? null, message: e.message })), null, 2) + "\n";
  let services;
  try {
    services = readdirSync(dir).filter(f => f.endsWith(".graphql")).sort()
      .map(f => ({ name: basename(f, ".graphql"), url: `http://${basename(f, ".graphql")}.example/graphql`, typeDefs: parse(readFileSync(join(dir, f), "utf8")) }));
  } catch (e) {
    // Both tools take parsed documents: a syntax error never reaches them, so record graphql-js's message for both.
    const syntax = errs([{ extensions: { code: "INVALID_GRAPHQL" }, message: e.message }]);
    writeFileSync(join(dir, "errors.guild.json"), syntax);
    writeFileSync(join(dir, "errors.apollo.json"), syntax);
    console.log(basename(dir), "syntax error");
    continue;
  }
  const g = guild.composeServices(services);
  if (guild.compositionHasErrors(g)) writeFileSync(join(dir, "errors.guild.json"), errs(g.errors));
  else writeFileSync(join(dir, "supergraph.guild.graphql"), g.supergraphSdl.trimEnd() + "\n");
  const a = apollo.composeServices(services);
  if (a.errors) writeFileSync(join(dir, "errors.apollo.json"), errs(a.errors));
  else writeFileSync(join(dir, "supergraph.apollo.graphql"), a.supergraphSdl.trimEnd() + "\n");
  console.log(basename(dir), "guild:", guild.compositionHasErrors(g) ? "errors" : "ok", "apollo:", a.errors ? "errors" : "ok");
}
