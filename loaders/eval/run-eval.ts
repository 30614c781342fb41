import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument, loadKnowledgeBase } from "../documents/index.js";
import { goldDocumentSchema } from "./gold-schema.js";
import { addCounts, scoreDocument, scoresOf, type DocumentScore, type Scores } from "./score.js";

export const GOLD_DIR = fileURLToPath(new URL("../../tests/fixtures/gold", import.meta.url));
/** The seed articles live beside the repository, not in it: they are third-party text. */
export const SEEDS_DIR = fileURLToPath(new URL("../../../shared/seeds", import.meta.url));

export interface EvalReport {
  documents: DocumentScore[];
  entities: Scores;
  facts: Scores;
}

export class GoldMismatchError extends Error {
  override name = "GoldMismatchError";
}

/** Extracts every seed that has a gold file and scores it; throws if a seed's text no longer fits its gold. */
export async function runEval(goldDir = GOLD_DIR, seedsDir = SEEDS_DIR): Promise<EvalReport> {
  if (!existsSync(seedsDir)) throw new GoldMismatchError(`${seedsDir}: the seed articles are not there. Check out ../shared/seeds beside the repository.`);
  const knowledgeBase = await loadKnowledgeBase();
  const files = (await readdir(goldDir)).filter((f) => f.endsWith(".json")).sort();
  const documents: DocumentScore[] = [];
  for (const file of files) {
    const gold = goldDocumentSchema.parse(JSON.parse(await readFile(join(goldDir, file), "utf8")));
    const path = join(seedsDir, gold.document);
    const bytes = await readFile(path);
    const text = bytes.toString("utf8");
    if (createHash("sha256").update(text).digest("hex") !== gold.sha256) throw new GoldMismatchError(`${path}: the text differs from the one ${file} was annotated on. Re-annotate or restore the seed.`);
    for (const s of [...gold.entities.map((e) => e.mention), ...gold.facts.map((f) => f.span)]) {
      if (createHash("sha256").update(text.slice(s.start, s.end)).digest("hex") !== s.sha256) throw new GoldMismatchError(`${file}: span ${s.start}-${s.end} no longer hashes to its recorded value.`);
    }
    documents.push(scoreDocument(gold, await extractDocument(path, { knowledgeBase, bytes })));
  }
  const zero = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  return {
    documents,
    entities: scoresOf(documents.reduce((sum, d) => addCounts(sum, d.entities), zero)),
    facts: scoresOf(documents.reduce((sum, d) => addCounts(sum, d.facts), zero)),
  };
}
