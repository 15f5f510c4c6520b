// In-memory reviews (read-only). authorUsername is the denormalized copy that @provides serves.
export const reviews = [
  { id: "1", body: "Love it!", authorId: "1", authorUsername: "@ada", sku: "TBL-001", likedByIds: ["2"] },
  { id: "2", body: "Too expensive.", authorId: "1", authorUsername: "@ada", sku: "CCH-002", likedByIds: ["2", "3"] },
  { id: "3", body: "Could be better.", authorId: "2", authorUsername: "@complete", sku: "CHR-003", likedByIds: [] },
  { id: "4", body: "Prefer something else.", authorId: "3", authorUsername: "@grace", sku: "TBL-001", likedByIds: ["1"] },
  { id: "5", body: "Bright enough.", authorId: "4", authorUsername: "@ewd", sku: "LMP-004", likedByIds: ["1", "2"] },
];
