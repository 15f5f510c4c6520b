// In-memory accounts. Only updateName changes them, and the mutation test restores what it changes.
export const users = [
  { id: "1", name: "Ada Lovelace", username: "@ada", birthDate: "1815-12-10", favorites: [{ __typename: "Product", upc: "2" }, { __typename: "Review", id: "3" }] },
  { id: "2", name: "Alan Turing", username: "@complete", birthDate: "1912-06-23", favorites: [{ __typename: "Review", id: "1" }] },
  { id: "3", name: "Grace Hopper", username: "@grace", birthDate: "1906-12-09", favorites: [] },
  { id: "4", name: "Edsger Dijkstra", username: "@ewd", birthDate: "1930-05-11", favorites: [] },
];

export const organizations = [{ id: "org-1", name: "Analytical Engines", memberIds: ["1", "2"] }];
