import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import { EmbeddedStore, normaliseBatch } from "../../../graph/index.js";
import { bodsLoader, ftmLoader, referenceLoader, usgsLoader, type Loader } from "../../../loaders/index.js";
import { loadPathsWith } from "../../../loaders/load-paths.js";

/**
 * Property-based fuzzing of the structured loaders: valid fixture records with fields replaced, removed or
 * retyped, and lines of noise, must give issues that name the file (and where they can, the record and field),
 * never an exception, and whatever batch comes out must pass the graph's own validation. numRuns keeps the
 * whole file under 15 s here (2 shared cores).
 */
const root = fileURLToPath(new URL("../../..", import.meta.url));
const fixture = (path: string) => readFileSync(join(root, path), "utf8");
const dir = mkdtempSync(join(tmpdir(), "ytterby-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON value, so a mutation can pick one. */
function pathsOf(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const paths: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) paths.push(...pathsOf(v, [...prefix, k]));
  return paths;
}

function mutate(value: Json, path: Array<string | number>, replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && replacement === undefined) copy.splice(Number(head), 1);
    else copy[Number(head)] = mutate(copy[Number(head)] ?? null, rest, replacement);
    return copy;
  }
  if (value && typeof value === "object") {
    const copy = { ...value };
    if (rest.length === 0 && replacement === undefined) delete copy[head];
    else copy[head] = mutate(copy[head] ?? null, rest, replacement);
    return copy;
  }
  return value;
}

/** Hostile values: wrong types, huge and odd numbers, control characters, injection-looking text. */
const hostile: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>("", " ", "-1", "1e309", "NaN", "120%", "9999-99-99", "\u0000\u001f\u007f", "'; MATCH (n) DETACH DELETE n //", "../../etc/passwd", "a".repeat(10_000)),
  fc.double().map((d) => (Number.isFinite(d) ? d : 0) as Json),
  fc.string({ unit: "binary" }) as fc.Arbitrary<Json>,
);

const mutations = (base: Json) => {
  const paths = pathsOf(base);
  return fc.array(fc.tuple(fc.nat({ max: paths.length - 1 }), hostile), { minLength: 1, maxLength: 4 }).map((changes) =>
    changes.reduce<Json>((value, [index, replacement]) => {
      const candidates = pathsOf(value);
      const path = candidates[index % candidates.length] ?? [];
      return mutate(value, path, replacement);
    }, base),
  );
};

async function expectCleanOutcome(loader: Loader, path: string, text: string): Promise<void> {
  const output = await loader.load({ path, bytes: Buffer.from(text, "utf8") });
  for (const issue of output.issues) {
    expect(issue.where.startsWith(path), issue.where).toBe(true);
    expect(issue.message.length).toBeGreaterThan(0);
  }
  // The store validates again at upsert; a batch must never carry something it would throw on outside "skip".
  for (const batch of output.batches) expect(() => normaliseBatch(batch)).not.toThrow();
}

const RUNS = Number(process.env.YTTERBY_FUZZ_RUNS ?? 200);
const jsonl = (records: Json[]) => records.map((r) => JSON.stringify(r)).join("\n");

describe("fuzzed loader input", () => {
  it("reference YAML: mutated records give issues naming the file, never an exception", async () => {
    const base = YAML.parse(fixture("tests/fixtures/cli/reference/mini.yaml")) as Json;
    await fc.assert(fc.asyncProperty(mutations(base), async (doc) => expectCleanOutcome(referenceLoader, join(dir, "mutated.yaml"), YAML.stringify(doc))), { numRuns: RUNS });
  });

  it("reference YAML: random text never throws", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: "binary", maxLength: 400 }), async (text) => expectCleanOutcome(referenceLoader, join(dir, "noise.yaml"), `nodes:\n${text}`)), { numRuns: RUNS });
  });

  it("BODS JSON: mutated statements give issues naming the file and statement, never an exception", async () => {
    const base = JSON.parse(fixture("tests/loaders/bods/fixtures/joint-ownership.json")) as Json;
    await fc.assert(fc.asyncProperty(mutations(base), async (doc) => expectCleanOutcome(bodsLoader, join(dir, "mutated.json"), JSON.stringify(doc))), { numRuns: RUNS });
  });

  it("FtM JSON lines: mutated entities and noise lines give issues naming file and line, never an exception", async () => {
    const lines = fixture("tests/loaders/ftm/fixtures/ownership.jsonl").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Json);
    await fc.assert(
      fc.asyncProperty(mutations(lines), fc.array(fc.string({ unit: "binary", maxLength: 80 }), { maxLength: 3 }), async (records, noise) => {
        const text = [jsonl(Array.isArray(records) ? records : [records]), ...noise].join("\n");
        await expectCleanOutcome(ftmLoader, join(dir, "mutated.jsonl"), text);
      }),
      { numRuns: RUNS },
    );
  });

  it("USGS CSV: rows of random cells give issues naming file, row and field, never an exception", async () => {
    const [header = "", ...rows] = fixture("tests/loaders/usgs/fixtures/mcs-small.csv").split("\n").filter((l) => l.trim());
    const cell = fc.oneof(fc.constantFrom("", "NA", "W", "2024", "2025e", ">85,000,000", "t REO", "China", "World total", "production", "reserves"), fc.string({ unit: "binary", maxLength: 20 }));
    const quote = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
    const randomRow = fc.array(cell, { minLength: 0, maxLength: 13 }).map((cells) => cells.map(quote).join(","));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(randomRow, fc.constantFrom(...rows)), { maxLength: 6 }), async (body) => {
        const result = usgsLoader.load({ path: join(dir, "mutated.csv"), bytes: Buffer.from([header, ...body].join("\n"), "utf8") });
        const output = await result;
        for (const issue of output.issues) expect(issue.where.startsWith(join(dir, "mutated.csv")), issue.where).toBe(true);
        for (const batch of output.batches) expect(() => normaliseBatch(batch)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});

describe("fuzzed files loaded after good data", () => {
  let store: EmbeddedStore;
  const good = join(dir, "good.yaml");
  let before: string;
  const snapshot = async () => JSON.stringify((await store.read("MATCH (n:Actor) RETURN n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY id")).rows);

  beforeAll(async () => {
    writeFileSync(good, fixture("tests/fixtures/cli/reference/mini.yaml"));
    store = await EmbeddedStore.open(join(dir, "graph.lbug"));
    const summary = await loadPathsWith(store, [good], { loaders: [referenceLoader] });
    expect(summary.files.every((f) => f.ok)).toBe(true);
    before = await snapshot();
  }, 60_000);
  afterAll(async () => store.close());

  it("never throw out of the load and leave the good data as it was", async () => {
    const base = JSON.parse(fixture("tests/loaders/bods/fixtures/joint-ownership.json")) as Json;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(mutations(base), async (doc) => {
        const path = join(dir, `bad-${run++}.json`);
        writeFileSync(path, JSON.stringify(doc));
        const summary = await loadPathsWith(store, [path], { loaders: [bodsLoader, referenceLoader] });
        for (const issue of summary.issues) expect(issue.where.startsWith(path) || issue.where === "load", issue.where).toBe(true);
        const after = JSON.parse(await snapshot()) as Array<{ id: string }>;
        for (const row of JSON.parse(before) as Array<{ id: string }>) expect(after).toContainEqual(row);
        expect((await store.stats()).incompleteLoad).toBeUndefined();
      }),
      { numRuns: Math.max(3, Math.round(RUNS / 6)) },
    );
  }, 120_000);
});
