import { reviews } from "./data.mjs";

export const resolvers = {
  Query: {
    topReviews: (_, { first }) => reviews.slice(0, Math.max(0, first)),
  },
  Review: {
    __resolveReference: ({ id }) => reviews.find((r) => r.id === id) ?? null,
    author: (review) => ({ __typename: "User", id: review.authorId, username: review.authorUsername }),
    product: (review) => ({ __typename: "Product", sku: review.sku }),
    likedBy: (review) => review.likedByIds.map((id) => ({ __typename: "User", id })),
  },
  User: {
    reviews: (user) => reviews.filter((r) => r.authorId === user.id),
  },
  Product: {
    reviews: (product) => reviews.filter((r) => r.sku === product.sku),
  },
};
