import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoreHandle } from "../../cli/context.js";
import { buildProgram } from "../../cli/main.js";
import { EmbeddedStore } from "../../graph/index.js";
import { goldDocumentSchema } from "../../loaders/eval/gold-schema.js";
import { runEval } from "../../loaders/eval/run-eval.js";
import { loadAndReview, type ReviewedArticle } from "./reviewed-article.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-export-annotations-"));
const db = join(dir, "graph.lbug");
const out = join(dir, "annotations");
let article: ReviewedArticle;

async function ytterby(...args: string[]): Promise<string> {
  const handle = new StoreHandle(() => db);
  const lines: string[] = [];
  const log = console.log;
  console.log = (...parts: unknown[]) => lines.push(parts.join(" "));
  try {
    await buildProgram(handle).parseAsync(["node", "ytterby", ...args]);
  } finally {
    console.log = log;
    await handle.close();
  }
  return lines.join("\n");
}

beforeAll(async () => {
  const store = await EmbeddedStore.open(db);
  try {
    article = await loadAndReview(store, dir);
  } finally {
    await store.close();
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ytterby export-annotations", () => {
  it("writes the reviewed document in the gold format: confirmed, corrected and added facts, not the rejected ones", async () => {
    const printed = await ytterby("--db", db, "export-annotations", "--out", out);
    expect(printed).toContain("1 document(s), 3 fact(s)");
    const name = `${article.documentId.slice("document:".length)}.txt`;
    expect(readdirSync(join(out, "gold"))).toEqual([name.replace(".txt", ".json")]);
    const gold = goldDocumentSchema.parse(JSON.parse(readFileSync(join(out, "gold", name.replace(".txt", ".json")), "utf8")));
    expect(gold.document).toBe(name);
    const facts = gold.facts.map((f) => `${f.subject} ${f.predicate} ${f.object} ${f.value ?? ""}`).sort();
    expect(facts).toEqual(["actor:lynas OPERATES asset:mount-weld ", "actor:lynas OWNS asset:mount-weld ", "asset:mount-weld SHARE_OF_GLOBAL element:ree 12"]);
    expect(gold.facts.find((f) => f.predicate === "OWNS")?.span).toMatchObject({ start: article.confirmed.evidence[0]?.start, end: article.confirmed.evidence[0]?.end });
    expect(gold.entities.map((e) => e.id)).toContain("actor:lynas");
    // Offsets and hashes only: no quote of the text in the annotations.
    expect(readFileSync(join(out, "gold", name.replace(".txt", ".json")), "utf8")).not.toContain("Mount Weld mine");
  });

  it("is read back by the eval tool, which scores the current extractor against the reviews", async () => {
    const report = await runEval(join(out, "gold"), out);
    expect(report.documents).toHaveLength(1);
    // The confirmed fact is read again; the corrected figure (12, not the article's 10) and the added fact are
    // missed; everything else the extractor reads, the rejected import included, is extra.
    expect(report.facts).toMatchObject({ truePositives: 1, falseNegatives: 2 });
    expect(report.facts.falsePositives).toBeGreaterThanOrEqual(1);
    expect(report.entities.truePositives).toBeGreaterThan(0);
  });

  it("exports the documents asked for, with --include-unreviewed also the facts nobody reviewed, and names an unknown one", async () => {
    const all = join(dir, "all");
    const printed = await ytterby("--db", db, "export-annotations", "--out", all, "--document", article.documentId, "--include-unreviewed");
    const count = Number(/(\d+) fact\(s\)/.exec(printed)?.[1]);
    expect(count).toBeGreaterThan(3);
    const [file] = readdirSync(join(all, "gold"));
    const gold = goldDocumentSchema.parse(JSON.parse(readFileSync(join(all, "gold", String(file)), "utf8")));
    expect(gold.facts.some((f) => f.predicate === "IMPORTS_FROM")).toBe(false);
    expect(gold.facts.some((f) => f.predicate === "SHARE_OF_GLOBAL" && f.value === 10)).toBe(false);
    await expect(ytterby("--db", db, "export-annotations", "--out", join(dir, "none"), "--document", "document:none-such")).rejects.toThrow(/document:none-such/);
  });
});
