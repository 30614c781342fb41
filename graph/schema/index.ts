export * from "./values.js";
export * from "./nodes.js";
export * from "./relationships.js";
export * from "./evidence.js";
export * from "./columns.js";
export * from "./result.js";
export * from "./review.js";
export * from "./plain-evidence.js";
