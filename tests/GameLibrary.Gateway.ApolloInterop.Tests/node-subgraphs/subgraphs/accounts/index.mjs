import { readFileSync } from "node:fs";
import { parse } from "graphql";
import { resolvers } from "./resolvers.mjs";

/** The accounts subgraph: users, organizations (the Account entity interface), favorites, renaming. */
export default {
  name: "accounts",
  typeDefs: parse(readFileSync(new URL("./schema.graphql", import.meta.url), "utf8")),
  resolvers,
};
