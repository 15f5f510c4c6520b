// In-memory catalog (read-only). The lamp's weight is unknown, so inventory cannot estimate its shipping.
export const products = [
  { upc: "1", sku: "TBL-001", name: "Table", price: 899, weight: 100, dimensions: { size: "large", widthCm: 160, depthCm: 90 } },
  { upc: "2", sku: "CCH-002", name: "Couch", price: 1299, weight: 1000, dimensions: { size: "large", widthCm: 220, depthCm: 95 } },
  { upc: "3", sku: "CHR-003", name: "Chair", price: 54, weight: 50, dimensions: { size: "medium", widthCm: 50, depthCm: 55 } },
  { upc: "4", sku: "LMP-004", name: "Lamp", price: 30, weight: null, dimensions: { size: "small", widthCm: 20, depthCm: 20 } },
];
