import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument, loadKnowledgeBase, readDocument } from "../documents/index.js";
import { goldDocumentSchema } from "./gold-schema.js";
import { addCounts, scoreDocument, scoresOf, type DocumentScore, type Scores } from "./score.js";

export const GOLD_DIR = fileURLToPath(new URL("../../tests/fixtures/gold", import.meta.url));
/** The seed articles live beside the repository, not in it: they are third-party text. */
export const SEEDS_DIR = fileURLToPath(new URL("../../../shared/seeds", import.meta.url));
/** Our own articles, written for evaluation and never used to tune the extractor; their gold sits beside them. */
export const HELDOUT_DIR = fileURLToPath(new URL("../../tests/fixtures/heldout", import.meta.url));
/** A second held-out set of own-written articles on real-world facts, kept out of the tree until it was scored. */
export const HELDOUT_B_DIR = fileURLToPath(new URL("../../tests/fixtures/heldout-b", import.meta.url));
/** A third set, written and scored outside the tree the same way; meant as the next development set. */
export const HELDOUT_C_DIR = fileURLToPath(new URL("../../tests/fixtures/heldout-c", import.meta.url));

/** The article sets `npm run eval -- --set <name>` can score: where the gold files and the texts are. */
export const EVAL_SETS = {
  seeds: { gold: GOLD_DIR, texts: SEEDS_DIR },
  heldout: { gold: join(HELDOUT_DIR, "gold"), texts: HELDOUT_DIR },
  "heldout-b": { gold: join(HELDOUT_B_DIR, "gold"), texts: HELDOUT_B_DIR },
  "heldout-c": { gold: join(HELDOUT_C_DIR, "gold"), texts: HELDOUT_C_DIR },
} as const;
export type EvalSet = keyof typeof EVAL_SETS;

/**
 * The article set named on the command line: `--set <name>` (one of EVAL_SETS, `fallback` when absent) or
 * `--dir <path>` for a set kept outside the repository (texts and annotations.yaml in <path>, gold in
 * <path>/gold), so a fresh held-out set can be scored before anyone tuning the extractor sees it.
 */
export function evalSetFromArgs(argv: readonly string[], fallback: EvalSet = "seeds"): { name: string; gold: string; texts: string } {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index < 0 ? undefined : (argv[index + 1] ?? "");
  };
  const dir = value("--dir");
  const name = value("--set");
  if (dir !== undefined && name !== undefined) throw new Error("Give either --set or --dir, not both.");
  if (dir !== undefined) {
    if (!dir) throw new Error("--dir needs a directory.");
    const texts = resolve(dir);
    return { name: texts, gold: join(texts, "gold"), texts };
  }
  const setName = name ?? fallback;
  if (!Object.hasOwn(EVAL_SETS, setName)) throw new Error(`Unknown --set "${setName}". Choose one of: ${Object.keys(EVAL_SETS).join(", ")}.`);
  return { name: setName, ...EVAL_SETS[setName as EvalSet] };
}

export interface EvalReport {
  documents: DocumentScore[];
  entities: Scores;
  facts: Scores;
}

export class GoldMismatchError extends Error {
  override name = "GoldMismatchError";
}

/** Extracts every article that has a gold file and scores it; throws if an article no longer fits its gold. */
export async function runEval(goldDir: string = GOLD_DIR, seedsDir: string = SEEDS_DIR): Promise<EvalReport> {
  if (!existsSync(seedsDir)) throw new GoldMismatchError(`${seedsDir}: the articles are not there. For the seeds, check out ../shared/seeds beside the repository.`);
  const knowledgeBase = await loadKnowledgeBase();
  const files = (await readdir(goldDir)).filter((f) => f.endsWith(".json")).sort();
  const documents: DocumentScore[] = [];
  for (const file of files) {
    const gold = goldDocumentSchema.parse(JSON.parse(await readFile(join(goldDir, file), "utf8")));
    const path = join(seedsDir, gold.document);
    const bytes = await readFile(path);
    if (createHash("sha256").update(bytes.toString("utf8")).digest("hex") !== gold.sha256) throw new GoldMismatchError(`${path}: the text differs from the one ${file} was annotated on. Re-annotate or restore the article.`);
    // Offsets refer to the text the loader reads: the file itself, or the article text of an HTML page.
    const { text } = readDocument(path, bytes);
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
