import { readFileSync } from "node:fs";
import { parse } from "graphql";
import { resolvers } from "./resolvers.mjs";

/** The products subgraph: the catalog, Product with two keys, the shareable ProductDimension. */
export default {
  name: "products",
  typeDefs: parse(readFileSync(new URL("./schema.graphql", import.meta.url), "utf8")),
  resolvers,
};
