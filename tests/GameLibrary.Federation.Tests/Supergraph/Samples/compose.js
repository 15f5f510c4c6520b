// Composes the subgraph SDLs of a sample into its committed supergraph(s).
// usage: NODE_PATH=<dir with node_modules> node compose.js <sample-dir>
// reads <sample-dir>/subgraphs/*.graphql (subgraph name = file name, URL http://<name>.local/graphql) and writes
// <sample-dir>/supergraph.graphql (@apollo/composition) and <sample-dir>/supergraph.guild.graphql
// (@theguild/federation-composition) when that composer accepts the subgraphs too.
const path = require('path');
const fs = require('fs');
const { parse } = require('graphql');
const dir = process.argv[2];
const files = fs.readdirSync(path.join(dir, 'subgraphs')).filter(f => f.endsWith('.graphql')).sort();
const subgraphs = files.map(f => {
  const name = path.basename(f, '.graphql');
  return { name, url: `http://${name}.local/graphql`, typeDefs: parse(fs.readFileSync(path.join(dir, 'subgraphs', f), 'utf8')) };
});
const apollo = require('@apollo/composition').composeServices(subgraphs);
if (apollo.errors && apollo.errors.length) {
  console.error('apollo: ' + apollo.errors.map(e => e.message).join('\n'));
  process.exit(1);
}
fs.writeFileSync(path.join(dir, 'supergraph.graphql'), apollo.supergraphSdl + '\n');
const guild = require('@theguild/federation-composition').composeServices(subgraphs);
if (guild.errors && guild.errors.length) {
  console.error('guild (skipped): ' + guild.errors.map(e => e.message).join('\n'));
} else {
  fs.writeFileSync(path.join(dir, 'supergraph.guild.graphql'), guild.supergraphSdl + '\n');
}
