import { hash } from "node:crypto";
import { ID_PREFIX, type NodeKind } from "./schema/index.js";

/** Lower-case ASCII slug; names in other scripts keep their letters so "Росатом" still gets a readable id. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

export function nodeIdFor(kind: NodeKind, name: string): string {
  return `${ID_PREFIX[kind]}:${slugify(name)}`;
}

export function shortHash(text: string, length = 12): string {
  // One-shot hash: about twice as fast as createHash().update().digest() for short inputs.
  return hash("sha256", text, "hex").slice(0, length);
}

/** Stable JSON: keys sorted, undefined dropped, so equal claims hash equally whatever the key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
