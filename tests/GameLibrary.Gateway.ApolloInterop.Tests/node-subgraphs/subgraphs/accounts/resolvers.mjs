import { organizations, users } from "./data.mjs";

const userById = (id) => users.find((u) => u.id === id) ?? null;
const organizationById = (id) => organizations.find((o) => o.id === id) ?? null;

export const resolvers = {
  Query: {
    me: () => userById("1"),
    user: (_, { id }) => userById(id),
    accounts: () => [...users.map((u) => ({ ...u, __typename: "User" })), ...organizations.map((o) => ({ ...o, __typename: "Organization" }))],
  },
  Mutation: {
    updateName: (_, { id, name }) => {
      const user = userById(id);
      if (user) user.name = name;
      return user;
    },
  },
  Account: {
    // Asked with __typename "Account" by a subgraph that only knows the interface (@interfaceObject).
    __resolveReference: ({ id }) => {
      const user = userById(id);
      if (user) return { ...user, __typename: "User" };
      const organization = organizationById(id);
      return organization ? { ...organization, __typename: "Organization" } : null;
    },
    // Every Account value the resolvers hand out is tagged with its concrete type.
    __resolveType: (account) => account.__typename,
  },
  User: {
    __resolveReference: ({ id }) => userById(id),
  },
  Organization: {
    __resolveReference: ({ id }) => organizationById(id),
    members: (organization) => organization.memberIds.map(userById),
  },
};
