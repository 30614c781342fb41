import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../loaders/documents/index.js";
import { buildGold } from "../../loaders/eval/build-gold.js";
import { EVAL_SETS, runEval, type EvalReport } from "../../loaders/eval/run-eval.js";
import type { Scores } from "../../loaders/eval/score.js";

const { gold: GOLD, texts: TEXTS } = EVAL_SETS.heldout;

const inUnitRange = (s: Scores) => [s.precision, s.recall, s.f1].every((n) => Number.isFinite(n) && n >= 0 && n <= 1);

describe("held-out evaluation set (own-written articles the extractor was not tuned on)", () => {
  let report: EvalReport | undefined;
  const scored = async () => (report ??= await runEval(GOLD, TEXTS));

  it("has gold generated from annotations.yaml, and every span still hashes to its text", async () => {
    const built = await buildGold(join(TEXTS, "annotations.yaml"), TEXTS);
    const files = (await readdir(GOLD)).filter((f) => f.endsWith(".json")).sort();
    expect(files).toHaveLength(8);
    for (const file of files) {
      const committed: unknown = JSON.parse(await readFile(join(GOLD, file), "utf8"));
      const document = (committed as { document: string }).document;
      expect(built.get(document), `${file} differs from annotations.yaml; run npx tsx loaders/eval/build-gold.ts`).toEqual(committed);
    }
    // runEval refuses to score when a document or span hash no longer fits.
    expect((await scored()).documents).toHaveLength(8);
  });

  it("scores every article with precision, recall and F1 in [0, 1]", async () => {
    const r = await scored();
    for (const d of r.documents) expect(d.entities.truePositives + d.entities.falseNegatives, d.document).toBeGreaterThan(0);
    expect([r.entities, r.facts].every(inUnitRange)).toBe(true);
  });

  // Low floors, below what the extractor reaches today (entity F1 0.82, fact F1 0.31 when this set was added):
  // they catch a broken loader, not a small regression. Raise them as the extractor generalises.
  it("stays above a low floor: entity F1 ≥ 0.7, fact F1 ≥ 0.25", async () => {
    const r = await scored();
    expect(r.entities.f1, `entity F1 ${r.entities.f1.toFixed(3)}`).toBeGreaterThanOrEqual(0.7);
    expect(r.facts.f1, `fact F1 ${r.facts.f1.toFixed(3)}`).toBeGreaterThanOrEqual(0.25);
  });

  it("reads no fact from the 'Related headlines' furniture of the Markdown and HTML pages", async () => {
    const r = await scored();
    for (const name of ["en-mp-materials-pentagon.md", "en-china-gallium-germanium-ban.html"]) {
      const path = join(TEXTS, name);
      const { text } = readDocument(path, await readFile(path));
      const furniture = text.indexOf("Related headlines");
      expect(furniture).toBeGreaterThan(0);
      // Gold facts all lie before the furniture, so any fact read from it is an extra one.
      const extra = r.documents.find((d) => d.document === name)?.facts.extra ?? [];
      expect(extra.filter((f) => f.evidence.some((e) => e.end > furniture))).toEqual([]);
    }
  });
});
