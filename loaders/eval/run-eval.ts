import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractFromText, loadKnowledgeBase } from "../documents/index.js";
import type { LanguageScored } from "./breakdown.js";
import { GoldMismatchError, loadEvalArticles, type NewsSplit } from "./eval-articles.js";
import { NEWS_CORPUS_DIR, NEWS_GOLD_DIR } from "./news-corpus.js";
import { addCounts, scoreDocument, scoresOf, type Scores } from "./score.js";

export { GoldMismatchError };

export const GOLD_DIR = fileURLToPath(new URL("../../tests/fixtures/gold", import.meta.url));
/** The seed articles live beside the repository, not in it: they are third-party text. */
export const SEEDS_DIR = fileURLToPath(new URL("../../../shared/seeds", import.meta.url));
/** Our own articles, written for evaluation and never used to tune the extractor; their gold sits beside them. */
export const HELDOUT_DIR = fileURLToPath(new URL("../../tests/fixtures/heldout", import.meta.url));
/** A second held-out set of own-written articles on real-world facts, kept out of the tree until it was scored. */
export const HELDOUT_B_DIR = fileURLToPath(new URL("../../tests/fixtures/heldout-b", import.meta.url));
/** A third set, written and scored outside the tree the same way; meant as the next development set. */
export const HELDOUT_C_DIR = fileURLToPath(new URL("../../tests/fixtures/heldout-c", import.meta.url));

/** Own-written Russian and Chinese texts (README.md there), written as training material; not trained on (see there). */
export const TRAIN_RUZH_DIR = fileURLToPath(new URL("../../tests/fixtures/train-ruzh", import.meta.url));

/** The article sets `npm run eval -- --set <name>` can score: where the gold files and the texts are. */
export const EVAL_SETS = {
  seeds: { gold: GOLD_DIR, texts: SEEDS_DIR },
  heldout: { gold: join(HELDOUT_DIR, "gold"), texts: HELDOUT_DIR },
  "heldout-b": { gold: join(HELDOUT_B_DIR, "gold"), texts: HELDOUT_B_DIR },
  "heldout-c": { gold: join(HELDOUT_C_DIR, "gold"), texts: HELDOUT_C_DIR },
  // Own-written Russian and Chinese texts annotated like the real news; trained on by the ru/zh models only (see its README).
  "train-ruzh": { gold: join(TRAIN_RUZH_DIR, "gold"), texts: TRAIN_RUZH_DIR },
  // The real-news corpus by part of the fixed split; the test part is scored, never read while developing.
  "news-train": { gold: NEWS_GOLD_DIR, texts: NEWS_CORPUS_DIR, split: "train" },
  "news-dev": { gold: NEWS_GOLD_DIR, texts: NEWS_CORPUS_DIR, split: "dev" },
  "news-test": { gold: NEWS_GOLD_DIR, texts: NEWS_CORPUS_DIR, split: "test" },
} as const satisfies Record<string, { gold: string; texts: string; split?: NewsSplit }>;
export type EvalSet = keyof typeof EVAL_SETS;

/**
 * The article set named on the command line: `--set <name>` (one of EVAL_SETS, `fallback` when absent) or
 * `--dir <path>` for a set kept outside the repository (texts and annotations.yaml in <path>, gold in
 * <path>/gold), so a fresh held-out set can be scored before anyone tuning the extractor sees it.
 */
export function evalSetFromArgs(argv: readonly string[], fallback: EvalSet = "seeds"): { name: string; gold: string; texts: string; split?: NewsSplit } {
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
  documents: LanguageScored[];
  entities: Scores;
  facts: Scores;
}

/**
 * Extracts every article that has a gold file (with `split`, the real-news files of that part) and scores it;
 * throws GoldMismatchError if an article no longer fits its gold. `rulesOnly` switches the learned relation step off.
 */
export async function runEval(goldDir: string = GOLD_DIR, textsDir: string = SEEDS_DIR, split?: NewsSplit, options: { rulesOnly?: boolean } = {}): Promise<EvalReport> {
  const knowledgeBase = await loadKnowledgeBase();
  const documents: LanguageScored[] = [];
  for (const article of await loadEvalArticles(goldDir, textsDir, split)) {
    const { mentions: _mentions, ...extracted } = options.rulesOnly ? extractFromText(article, knowledgeBase, null) : extractFromText(article, knowledgeBase);
    documents.push({ ...scoreDocument(article.gold, extracted), language: article.language ?? extracted.language });
  }
  const zero = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  return {
    documents,
    entities: scoresOf(documents.reduce((sum, d) => addCounts(sum, d.entities), zero)),
    facts: scoresOf(documents.reduce((sum, d) => addCounts(sum, d.facts), zero)),
  };
}
