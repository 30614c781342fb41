import { createHash } from "node:crypto";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { NEWS_CORPUS_DIR, NEWS_SPLIT_FILE } from "./news-corpus.js";

/**
 * Fixes the real-news train/dev/test split once, by file, stratified by group (en a, en b, ru r, zh z): within a
 * group files are ordered by a seeded hash of their name, the first 15% go to test, the next 15% to dev, the rest
 * to train. Re-running gives the same split; it is committed so that nobody has to.
 */
const SEED = "ytterby-news-split-2026-12-05";
const rank = (file: string) => createHash("sha256").update(`${SEED}:${file}`).digest("hex");

const split: Record<"train" | "dev" | "test", string[]> = { train: [], dev: [], test: [] };
for (const language of ["en", "ru", "zh"]) {
  const files = (await readdir(join(NEWS_CORPUS_DIR, language))).filter((f) => /^[a-z]\d{3}-.*\.txt$/.test(f));
  for (const group of new Set(files.map((f) => f[0]))) {
    const ordered = files.filter((f) => f[0] === group).sort((a, b) => rank(a).localeCompare(rank(b)));
    const held = Math.round(ordered.length * 0.15);
    ordered.forEach((f, i) => split[i < held ? "test" : i < 2 * held ? "dev" : "train"].push(`${language}/${f}`));
  }
}
for (const files of Object.values(split)) files.sort();
await writeFile(NEWS_SPLIT_FILE, `${JSON.stringify({ version: 1, seed: SEED, method: "per group (en a, en b, ru r, zh z): seeded hash order, 15% test, 15% dev, rest train", ...split }, null, 1)}\n`);
console.log(`train ${split.train.length}, dev ${split.dev.length}, test ${split.test.length}`);
