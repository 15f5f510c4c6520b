// The four subgraphs: SDL from the engine tests' "benchmark" sample (the supergraph both gateways serve is
// composed from it), resolvers over data.mjs.
import { readFileSync } from "node:fs";
import { parse } from "graphql";
import { products, reviews, users } from "./data.mjs";

const sdl = (name) => parse(readFileSync(new URL(`../../../tests/GameLibrary.Federation.Tests/Supergraph/Samples/benchmark/subgraphs/${name}.graphql`, import.meta.url), "utf8"));
const productByUpc = (upc) => products.find((p) => p.upc === upc) ?? null;
const author = { __typename: "User", id: "1", username: users[0].username };

export const subgraphs = {
  accounts: {
    typeDefs: sdl("accounts"),
    resolvers: {
      Query: {
        me: () => users[0],
        user: (_, { id }) => users.find((u) => u.id === id) ?? null,
        users: () => users,
      },
      User: { __resolveReference: ({ id }) => users.find((u) => u.id === id) ?? null },
    },
  },
  inventory: {
    typeDefs: sdl("inventory"),
    resolvers: {
      Product: {
        __resolveReference: (reference) => ({ ...reference, inStock: productByUpc(reference.upc)?.inStock ?? null }),
        shippingEstimate: ({ price, weight }) => {
          if (price == null) return null;
          if (price > 1000) return 0;
          return weight == null ? null : Math.floor(weight / 2);
        },
      },
    },
  },
  products: {
    typeDefs: sdl("products"),
    resolvers: {
      Query: { topProducts: (_, { first }) => products.slice(0, first) },
      Product: { __resolveReference: ({ upc }) => productByUpc(upc) },
    },
  },
  reviews: {
    typeDefs: sdl("reviews"),
    resolvers: {
      Review: {
        __resolveReference: ({ id }) => reviews.find((r) => r.id === id) ?? null,
        product: (review) => ({ __typename: "Product", upc: review.upc }),
        author: () => author,
      },
      User: { reviews: () => reviews.slice(0, 2) },
      Product: { reviews: ({ upc }) => reviews.filter((r) => r.upc === upc) },
    },
  },
};
