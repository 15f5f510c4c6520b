import { readFileSync } from "node:fs";
import { parse } from "graphql";
import { resolvers } from "./resolvers.mjs";

/** The inventory subgraph: stock, shipping estimates (@requires), reservations on the Account interface (@interfaceObject). */
export default {
  name: "inventory",
  typeDefs: parse(readFileSync(new URL("./schema.graphql", import.meta.url), "utf8")),
  resolvers,
};
