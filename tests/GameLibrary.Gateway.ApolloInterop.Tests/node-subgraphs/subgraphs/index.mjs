import accounts from "./accounts/index.mjs";
import inventory from "./inventory/index.mjs";
import products from "./products/index.mjs";
import reviews from "./reviews/index.mjs";

/** Every subgraph of the fixture, by name. */
export const subgraphs = { accounts, products, reviews, inventory };
