// The benchmark's data shape: 6 users, 9 products, 11 reviews of the first four products. Every review's author
// is user 1 (reviews knows the username it provides), and every user's reviews are the first two.
export const users = [
  { id: "1", name: "Ada Lovelace", username: "ada", birthday: 1234567890 },
  { id: "2", name: "Alan Turing", username: "alan", birthday: 1234567890 },
  { id: "3", name: "Grace Hopper", username: "grace", birthday: 1234567890 },
  { id: "4", name: "Edsger Dijkstra", username: "edsger", birthday: 1234567890 },
  { id: "5", name: "Barbara Liskov", username: "barbara", birthday: 1234567890 },
  { id: "6", name: "Donald Knuth", username: "donald", birthday: 1234567890 },
];

export const products = [
  { upc: "1", name: "Table", price: 899, weight: 100, inStock: true },
  { upc: "2", name: "Couch", price: 1299, weight: 1000, inStock: false },
  { upc: "3", name: "Glass", price: 15, weight: 20, inStock: false },
  { upc: "4", name: "Chair", price: 499, weight: 100, inStock: false },
  { upc: "5", name: "TV", price: 1299, weight: 1000, inStock: true },
  { upc: "6", name: "Lamp", price: 6999, weight: 300, inStock: true },
  { upc: "7", name: "Grill", price: 3999, weight: 2000, inStock: true },
  { upc: "8", name: "Fridge", price: 100000, weight: 6000, inStock: false },
  { upc: "9", name: "Sofa", price: 9999, weight: 800, inStock: true },
];

// Bodies of a few hundred characters, as in the benchmark, so answers have a realistic size.
const long = "The legs are solid oak and the top is a single slab; it took an afternoon to assemble and has not wobbled since. ".repeat(3);
const medium = "Sturdy, heavier than it looks, and the finish scratches if you slide anything metal across it. ".repeat(2);
const short = "Does the job. Delivery was late by a week.";
export const reviews = [
  { id: "1", body: long, upc: "1" },
  { id: "2", body: medium, upc: "1" },
  { id: "3", body: medium, upc: "1" },
  { id: "4", body: short, upc: "1" },
  { id: "5", body: long, upc: "2" },
  { id: "6", body: medium, upc: "2" },
  { id: "7", body: medium, upc: "2" },
  { id: "8", body: short, upc: "2" },
  { id: "9", body: short, upc: "3" },
  { id: "10", body: short, upc: "4" },
  { id: "11", body: long + long, upc: "4" },
];
