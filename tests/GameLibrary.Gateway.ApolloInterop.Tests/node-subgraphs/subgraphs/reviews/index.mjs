import { readFileSync } from "node:fs";
import { parse } from "graphql";
import { resolvers } from "./resolvers.mjs";

/** The reviews subgraph: Review, and User and Product contributions (Product joined by its sku key). */
export default {
  name: "reviews",
  typeDefs: parse(readFileSync(new URL("./schema.graphql", import.meta.url), "utf8")),
  resolvers,
};
