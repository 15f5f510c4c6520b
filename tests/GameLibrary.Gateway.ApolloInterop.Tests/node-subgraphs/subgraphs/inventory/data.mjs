// In-memory stock (read-only), by upc; dimensions agree with the products subgraph's (the type is shareable).
export const stock = {
  "1": { inStock: true, dimensions: { size: "large", widthCm: 160, depthCm: 90 } },
  "2": { inStock: false, dimensions: { size: "large", widthCm: 220, depthCm: 95 } },
  "3": { inStock: true, dimensions: { size: "medium", widthCm: 50, depthCm: 55 } },
  "4": { inStock: true, dimensions: { size: "small", widthCm: 20, depthCm: 20 } },
};

// Reserved upcs by account id (users and organizations alike).
export const reservations = {
  "1": ["3"],
  "4": ["4"],
  "org-1": ["1", "2"],
};
