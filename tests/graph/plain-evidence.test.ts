import { describe, expect, it } from "vitest";
import { evidenceInputSchema, parsePlainEvidence } from "../../graph/index.js";

/** Values each field may take in the generated items: valid ones, wrong types, broken rules, undefined. */
const CHOICES: Record<string, unknown[]> = {
  documentId: ["document:a", "document: a", "doc", 7, undefined],
  sourceUrl: ["https://example.org/x", "", 3, undefined],
  sourceDate: ["2025", "2025-06", "2025-06-01", "2025-6-1", 2025, undefined],
  start: [0, 5, -1, 1.5, Number.NaN, 2 ** 60, "3", undefined],
  end: [0, 9, -2, Number.POSITIVE_INFINITY, undefined],
  quote: ["a quote", "", null, undefined],
  sentence: [0, 2, -1, undefined],
  loader: ["bulk", "", 1, undefined],
  note: ["n", undefined, {}],
  value: ["51%", 51, undefined],
  confidence: [0, 0.5, 1, 1.5, -0.1, Number.NaN, "1", undefined],
  extra: [undefined, "stripped by zod"],
};

/** A deterministic generator (mulberry32), so a failure names an item that can be made again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatedItem(next: () => number): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [field, values] of Object.entries(CHOICES)) {
    // Absent about half the time, so both "missing" and "given as undefined" occur.
    if (next() < 0.5) continue;
    // Mostly the first (valid) value, so that many items are valid as a whole.
    item[field] = next() < 0.8 ? values[0] : values[Math.floor(next() * values.length)];
  }
  return item;
}

describe("parsePlainEvidence", () => {
  it("returns exactly what evidenceInputSchema parses, or nothing, for 50,000 generated items", () => {
    const next = random(15);
    let plain = 0;
    for (let i = 0; i < 50_000; i++) {
      const item = generatedItem(next);
      const fast = parsePlainEvidence(item);
      const zod = evidenceInputSchema.safeParse(item);
      if (fast === undefined) continue;
      plain++;
      expect(zod.success, JSON.stringify(item)).toBe(true);
      // Same keys in the same order (undefined ones included) and the same values.
      expect(Object.entries(fast), JSON.stringify(item)).toStrictEqual(Object.entries(zod.data!));
    }
    expect(plain).toBeGreaterThan(1_000);
  });

  it("takes the usual loader items without zod and leaves anything unusual to it", () => {
    const bulk = { sourceUrl: "https://example.org/a", sourceDate: undefined, note: undefined, loader: "bulk", confidence: 1 };
    expect(parsePlainEvidence(bulk)).toStrictEqual(evidenceInputSchema.parse(bulk));
    expect(parsePlainEvidence({ documentId: "document:x", start: 3, end: 9, quote: "q", sentence: 0, loader: "documents" })).toMatchObject({ confidence: 1 });
    expect(parsePlainEvidence({ loader: "bulk" })).toBeUndefined();
    expect(parsePlainEvidence({ sourceUrl: "u", loader: "bulk", start: 9, end: 3 })).toBeUndefined();
    expect(parsePlainEvidence({ sourceUrl: "u", loader: "bulk", unknown: 1 })).toBeUndefined();
    expect(parsePlainEvidence(Object.assign(Object.create({ inherited: 1 }) as object, { sourceUrl: "u", loader: "bulk" }))).toBeUndefined();
    expect(parsePlainEvidence(null)).toBeUndefined();
  });
});
