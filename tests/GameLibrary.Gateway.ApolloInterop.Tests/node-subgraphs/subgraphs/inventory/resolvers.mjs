import { GraphQLError } from "graphql";
import { reservations, stock } from "./data.mjs";

export const resolvers = {
  Product: {
    __resolveReference: (reference) => (stock[reference.upc] ? reference : null),
    inStock: (product) => stock[product.upc].inStock,
    dimensions: (product) => stock[product.upc].dimensions,
    shippingEstimate: (product) => {
      if (product.price === undefined || product.weight === undefined) {
        throw new GraphQLError(`price and weight of product ${product.upc} were not provided`, { extensions: { code: "REQUIRES_MISSING" } });
      }
      if (product.price > 1000) return 0;
      if (product.weight === null) {
        throw new GraphQLError(`weight of product ${product.upc} is unknown`, { extensions: { code: "SHIPPING_UNAVAILABLE", upc: product.upc } });
      }
      return Math.round(product.weight * 0.5);
    },
  },
  Account: {
    __resolveReference: ({ id }) => ({ id }),
    reservedProducts: (account) => (reservations[account.id] ?? []).map((upc) => ({ upc })),
  },
};
