// Composes reviews.graphql and products.graphql (the SDLs the test subgraphs serve as _service.sdl) into
// supergraph.graphql with @theguild/federation-composition.
// usage: NODE_PATH=<dir with node_modules> node compose.cjs
// Subgraph URLs are placeholders (http://<name>.invalid/graphql); the tests point the gateway at the live subgraphs.
const fs = require('fs');
const path = require('path');
const { parse } = require('graphql');
const { composeServices, compositionHasErrors } = require('@theguild/federation-composition');

const services = ['products', 'reviews'].map(name => ({
  name,
  url: `http://${name}.invalid/graphql`,
  typeDefs: parse(fs.readFileSync(path.join(__dirname, `${name}.graphql`), 'utf8')),
}));
const result = composeServices(services);
if (compositionHasErrors(result)) {
  console.error(result.errors.map(e => e.message).join('\n'));
  process.exit(1);
}
fs.writeFileSync(path.join(__dirname, 'supergraph.graphql'), result.supergraphSdl.trimEnd() + '\n');
