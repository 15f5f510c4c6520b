import { products } from "./data.mjs";

const byUpc = (upc) => products.find((p) => p.upc === upc) ?? null;
const bySku = (sku) => products.find((p) => p.sku === sku) ?? null;

export const resolvers = {
  Query: {
    topProducts: (_, { first }) => products.slice(0, Math.max(0, first)),
    product: (_, { upc }) => byUpc(upc),
    productBySku: (_, { sku }) => bySku(sku),
  },
  Product: {
    // Either key may arrive: { upc } or { sku }.
    __resolveReference: (reference) => (reference.upc !== undefined ? byUpc(reference.upc) : bySku(reference.sku)),
  },
};
